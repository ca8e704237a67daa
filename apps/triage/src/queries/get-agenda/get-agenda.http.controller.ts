import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { Page, PageQuery } from '@redress/platform';
import { AgendaItem, GetAgendaQuery } from './get-agenda.query';

@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class GetAgendaHttpController {
  constructor(private readonly agenda: GetAgendaQuery) {}

  @Get('agenda')
  get(@Query() query: PageQuery): Promise<Page<AgendaItem>> {
    return this.agenda.execute(query);
  }
}
