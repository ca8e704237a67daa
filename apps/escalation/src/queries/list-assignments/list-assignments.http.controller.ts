import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { Page } from '@redress/platform';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { AssignmentSummary } from '../../persistence/assignment-store';
import { ListAssignmentsQuery, ListAssignmentsRequest } from './list-assignments.query';

@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class ListAssignmentsHttpController {
  constructor(private readonly assignments: ListAssignmentsQuery) {}

  /** The caller's department's assignments (`?status=open|acknowledged|resolved&limit=&cursor=`). */
  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListAssignmentsRequest,
  ): Promise<Page<AssignmentSummary>> {
    return this.assignments.execute(requireOwner(principal).department, query);
  }
}
