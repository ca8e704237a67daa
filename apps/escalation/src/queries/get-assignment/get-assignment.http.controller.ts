import { Controller, Get, NotFoundException, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { DataSource } from 'typeorm';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS, OWNER_ONLY } from '../../escalation.api-docs';
import { uuidParam } from '../../http/request-helpers';
import { AssignmentStore, AssignmentView } from '../../persistence/assignment.store';
import { AssignmentDetailView } from './assignment.view';

@ApiTags('assignments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class GetAssignmentHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: AssignmentStore,
  ) {}

  /** One of the caller's department's assignments with its history of levels and owners; another's is a 404. */
  @Get(':id')
  @ApiOperation({
    summary: 'Read an assignment',
    description:
      "One of the caller's department's assignments, with its resolution and its history of levels and owners.",
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The assignment',
    example: '3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
  })
  @ApiOkResponse({ type: AssignmentDetailView, description: 'The assignment, with its history' })
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
    403: OWNER_ONLY,
    404: {
      description: "Not one of your department's assignments",
      message: 'Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
    },
  })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<AssignmentView> {
    const view = await this.store.view(this.dataSource.manager, id, requireOwner(principal).department);
    if (!view) throw new NotFoundException(`Your department has no assignment ${id}`);
    return view;
  }
}
