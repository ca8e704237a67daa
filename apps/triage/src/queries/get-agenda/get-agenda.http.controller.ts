import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { ApiErrors, PageQuery } from '@redress/platform';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { AgendaView } from './agenda.view';
import { Agenda, GetAgendaQuery } from './get-agenda.query';

@ApiTags('committee')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class GetAgendaHttpController {
  constructor(private readonly agenda: GetAgendaQuery) {}

  @Get('agenda')
  @ApiOperation({
    summary: 'Read the agenda',
    description:
      'The root causes under review, the heaviest first (complaints weighted by dissatisfaction), a page at a time; ' +
      'the first page also lists the causes fixed lately with whether the fix worked.',
  })
  @ApiOkResponse({
    type: AgendaView,
    description: 'One page of root causes under review, and on the first the recently resolved',
  })
  @ApiErrors({ 400: 'A bad `limit` or `cursor`: `errors` names it' })
  get(@Query() query: PageQuery): Promise<Agenda> {
    return this.agenda.execute(query);
  }
}
