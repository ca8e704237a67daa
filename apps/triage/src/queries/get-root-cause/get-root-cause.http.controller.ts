import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { ApiErrors, PageQuery } from '@redress/platform';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { RootCauseDetailView } from './root-cause-detail.view';
import { GetRootCauseQuery, RootCauseView } from './get-root-cause.query';

@ApiTags('rootcauses')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class GetRootCauseHttpController {
  constructor(private readonly rootCause: GetRootCauseQuery) {}

  @Get(':id')
  @ApiOperation({
    summary: 'Read a root cause',
    description: 'With its votes, its decision, its recurrences, whether its fix worked, and a page of its complaints.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The root cause',
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
  })
  @ApiOkResponse({
    type: RootCauseDetailView,
    description: 'The root cause, with its votes, decision and one page of its complaints',
  })
  @ApiErrors({
    400: 'A bad id, `limit` or `cursor`: `errors` names it',
    404: { description: 'No such root cause', message: 'No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f' },
  })
  get(@Param('id', uuidParam('id')) id: string, @Query() page: PageQuery): Promise<RootCauseView> {
    return this.rootCause.execute(id, page);
  }
}
