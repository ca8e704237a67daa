import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { PageQuery } from '@redress/platform';
import { Agenda, GetAgendaQuery } from './get-agenda.query';

@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class GetAgendaHttpController {
  constructor(private readonly agenda: GetAgendaQuery) {}

  @Get('agenda')
  get(@Query() query: PageQuery): Promise<Agenda> {
    return this.agenda.execute(query);
  }
}
