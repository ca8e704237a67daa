import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageView } from '@redress/platform';
import { OWNER_ERRORS, OWNER_ONLY } from '../../escalation.api-docs';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { AssignmentSummary } from '../../persistence/assignment.store';
import { AssignmentSummaryView } from '../get-assignment/assignment.view';
import { ListAssignmentsQuery, ListAssignmentsRequest } from './list-assignments.query';

@ApiTags('assignments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class ListAssignmentsHttpController {
  constructor(private readonly assignments: ListAssignmentsQuery) {}

  /** The caller's department's assignments (`?status=open|acknowledged|resolved&limit=&cursor=`). */
  @Get()
  @ApiOperation({
    summary: "List your department's assignments",
    description: "The caller's department's assignments, newest first, optionally of one `status`.",
  })
  @ApiOkResponse({ type: PageView(AssignmentSummaryView), description: "One page of your department's assignments" })
  @ApiErrors({ 400: 'A bad `status`, `limit` or `cursor`: `errors` names it', 403: OWNER_ONLY })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListAssignmentsRequest,
  ): Promise<Page<AssignmentSummary>> {
    return this.assignments.execute(requireOwner(principal).department, query);
  }
}
