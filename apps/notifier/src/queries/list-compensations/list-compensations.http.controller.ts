import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageView } from '@redress/platform';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { CompensationDetailView } from './compensation.view';
import { CompensationView, ListCompensationsQuery, ListCompensationsRequest } from './list-compensations.query';

/**
 * `GET /compensations?status=review`: the grants a supervisor has to decide on (those awaiting a second approval
 * among them, with their `firstApproval`), oldest first, keyset-paged.
 */
@ApiTags('compensations')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('compensations')
@UseGuards(SupervisorGuard)
export class ListCompensationsHttpController {
  constructor(private readonly compensations: ListCompensationsQuery) {}

  @Get()
  @ApiOperation({
    summary: 'List compensations',
    description:
      'Every compensation, or those of one `status` (`review`: the ones a supervisor has to decide, those awaiting a ' +
      'second approval among them), oldest first.',
  })
  @ApiOkResponse({ type: PageView(CompensationDetailView), description: 'One page of compensations' })
  @ApiErrors({ 400: 'A bad `status`, `limit` or `cursor`: `errors` names it' })
  list(@Query() query: ListCompensationsRequest): Promise<Page<CompensationView>> {
    return this.compensations.execute(query);
  }
}
