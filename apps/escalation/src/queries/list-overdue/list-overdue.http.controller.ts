import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { Page, PageQuery } from '@redress/platform';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';
import { ListOverdueQuery, OverdueAssignment } from './list-overdue.query';

@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class ListOverdueHttpController {
  constructor(private readonly overdue: ListOverdueQuery) {}

  /** An owner sees their department's; the admin token sees every department's. */
  @Get('overdue')
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQuery): Promise<Page<OverdueAssignment>> {
    return this.overdue.execute(principal.kind === 'owner' ? principal.department : null, page);
  }
}
