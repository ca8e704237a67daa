import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { uuidParam } from '../../http/request-helpers';
import { AssignmentView } from '../../persistence/assignment.store';
import { AssignmentDetailView } from '../../queries/get-assignment/assignment.view';
import { ResolveAssignmentRequest } from './resolve-assignment.request.dto';
import { ResolveAssignmentService } from './resolve-assignment.service';

@ApiTags('assignments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class ResolveAssignmentHttpController {
  constructor(private readonly resolveAssignment: ResolveAssignmentService) {}

  /** 200 with the resolved assignment; 400 naming each missing deliverable; 409 if not acknowledged or already resolved. */
  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Resolve an assignment',
    description:
      'With the three deliverables: the measures taken, the report on the causes, and how to eliminate them. ' +
      'Every affected customer is then told and compensated.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The assignment',
    example: '3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
  })
  @ApiOkResponse({ type: AssignmentDetailView, description: 'The assignment, resolved, with its deliverables' })
  @ApiErrors({
    400: {
      description: 'A bad id, or a deliverable missing, blank or too long: `errors` names every one',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [
          { field: 'causeReport', reason: 'causeReport (the report on the causes) is required and must not be blank' },
        ],
      },
    },
    403: {
      description: 'The admin token, or an owner below the level that has it now (`code` ASSIGNMENT.ABOVE_YOUR_LEVEL)',
      example: {
        code: 'ASSIGNMENT.ABOVE_YOUR_LEVEL',
        message: 'The assignment is with level 2 of the chain now; you are level 1',
      },
    },
    404: {
      description: "Not one of your department's assignments",
      message: 'Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
    },
    409: {
      description:
        'Not acknowledged yet, or already resolved (`code` ASSIGNMENT.NOT_ACKNOWLEDGED or ASSIGNMENT.RESOLVED)',
      example: { code: 'ASSIGNMENT.NOT_ACKNOWLEDGED', message: 'Acknowledge the assignment before resolving it' },
    },
  })
  resolve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ResolveAssignmentRequest,
  ): Promise<AssignmentView> {
    return this.resolveAssignment.execute(requireOwner(principal), id, body);
  }
}
