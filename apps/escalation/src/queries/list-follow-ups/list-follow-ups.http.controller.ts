import { Controller, Get, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageView } from '@redress/platform';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { uuidParam } from '../../http/request-helpers';
import { FollowUpStore, FollowUpView } from '../../persistence/follow-up.store';
import { FollowUpDetailView } from './follow-up.view';
import { ListFollowUpsQuery, ListFollowUpsRequest } from './list-follow-ups.query';

/** Callbacks owed to customers who gave a low rating, soonest due first: an owner sees their department's, the admin all. */
@ApiTags('follow-ups')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('follow-ups')
@UseGuards(EscalationPrincipalGuard)
export class ListFollowUpsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: FollowUpStore,
    private readonly followUps: ListFollowUpsQuery,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List callbacks',
    description:
      "Callbacks owed to customers who gave a low rating, soonest due first: an owner sees their department's, the admin all.",
  })
  @ApiOkResponse({ type: PageView(FollowUpDetailView), description: "One page of your department's callbacks" })
  @ApiErrors({ 400: 'A bad `status`, `limit` or `cursor`: `errors` names it' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListFollowUpsRequest): Promise<Page<FollowUpView>> {
    return this.followUps.execute(departmentOf(principal), query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Read a callback',
    description: "One of the caller's department's callbacks (any, for the admin).",
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The callback',
    example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  })
  @ApiOkResponse({ type: FollowUpDetailView, description: 'The callback' })
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
    404: {
      description: "Not one of your department's follow-ups",
      message: 'Your department has no follow-up 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    },
  })
  async one(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string): Promise<FollowUpView> {
    const view = await this.store.view(this.dataSource.manager, id, departmentOf(principal) ?? undefined);
    if (!view) throw new NotFoundException(`Your department has no follow-up ${id}`);
    return view;
  }
}

function departmentOf(principal: Principal): string | null {
  return principal.kind === 'owner' ? principal.department : null;
}
