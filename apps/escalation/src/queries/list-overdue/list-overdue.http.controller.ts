import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageQuery, PageView } from '@redress/platform';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';
import { ListOverdueQuery, OverdueAssignment } from './list-overdue.query';
import { OverdueAssignmentView } from './overdue-assignment.view';

@ApiTags('assignments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class ListOverdueHttpController {
  constructor(private readonly overdue: ListOverdueQuery) {}

  /** An owner sees their department's; the admin token sees every department's. */
  @Get('overdue')
  @ApiOperation({
    summary: 'List overdue assignments',
    description:
      'Unresolved assignments that breached at the top of their chain, then those whose next deadline falls within ' +
      "ESCALATION_NEAR_BREACH: an owner sees their department's, the admin token every department's.",
  })
  @ApiOkResponse({
    type: PageView(OverdueAssignmentView),
    description: 'One page of breached and nearly breached assignments',
  })
  @ApiErrors({ 400: 'A bad `limit` or `cursor`: `errors` names it' })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQuery): Promise<Page<OverdueAssignment>> {
    return this.overdue.execute(principal.kind === 'owner' ? principal.department : null, page);
  }
}
