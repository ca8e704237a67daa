import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { ApiErrors, Page, PageView } from '@redress/platform';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { RootCauseSummaryView } from './root-cause-summary.view';
import { ListRootCausesQuery, ListRootCausesRequest, RootCauseSummary } from './list-root-causes.query';

@ApiTags('rootcauses')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class ListRootCausesHttpController {
  constructor(private readonly rootCauses: ListRootCausesQuery) {}

  @Get()
  @ApiOperation({
    summary: 'List root causes',
    description: 'Every root cause, or those of one `status`, newest first, a page at a time.',
  })
  @ApiOkResponse({ type: PageView(RootCauseSummaryView), description: 'One page of root causes, newest first' })
  @ApiErrors({ 400: 'A bad `status`, `limit` or `cursor`: `errors` names it' })
  list(@Query() query: ListRootCausesRequest): Promise<Page<RootCauseSummary>> {
    return this.rootCauses.execute(query);
  }
}
