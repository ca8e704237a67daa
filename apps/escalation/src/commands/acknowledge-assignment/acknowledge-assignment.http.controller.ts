import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
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
import { AcknowledgeAssignmentService } from './acknowledge-assignment.service';

@ApiTags('assignments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class AcknowledgeAssignmentHttpController {
  constructor(private readonly acknowledgeAssignment: AcknowledgeAssignmentService) {}

  /** 200 with the assignment (again 200, unchanged, if already acknowledged); 404 for another department's. */
  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge an assignment',
    description:
      'The owner who has it, or anyone above them on the chain, takes it on; its acknowledge deadline stops. ' +
      'Acknowledging again changes nothing and answers the same.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The assignment',
    example: '3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
  })
  @ApiOkResponse({ type: AssignmentDetailView, description: 'The assignment, acknowledged' })
  @ApiErrors({
    400: {
      description: '`id` is not a UUID',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'id', reason: 'id must be a UUID' }],
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
      description: 'Already resolved (`code` ASSIGNMENT.RESOLVED)',
      example: { code: 'ASSIGNMENT.RESOLVED', message: 'The assignment is already resolved' },
    },
  })
  acknowledge(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<AssignmentView> {
    return this.acknowledgeAssignment.execute(requireOwner(principal), id);
  }
}
