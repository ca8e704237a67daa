import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiReportErrors,
  CurrentReportReader,
  Page,
  PageView,
  reportDepartment,
  ReportReader,
} from '@redress/platform';
import { EscalationReportReaderGuard } from '../../auth/report-reader.guard';
import { LateReportQuery } from './late-report.request.dto';
import { ListOverdueQuery, OverdueAssignment } from './list-overdue.query';
import { OverdueAssignmentView } from './overdue-assignment.view';

/**
 * `GET /reports/late`: what is late across departments for those who watch them, supervisors (every department, or
 * one) and department heads (their own): the owners' overdue list, read with a report reader's token.
 */
@ApiTags('reports')
@ApiBearerAuth('report-reader')
@Controller('reports')
@UseGuards(EscalationReportReaderGuard)
export class LateReportHttpController {
  constructor(private readonly overdue: ListOverdueQuery) {}

  @Get('late')
  @ApiOperation({
    summary: 'List what is late across departments',
    description:
      'Unresolved assignments that breached at the top of their chain, then those overdue or whose next deadline ' +
      'falls within ESCALATION_NEAR_BREACH, each with department, level, holder and when it was assigned. A ' +
      "supervisor reads every department's, or the one asked for; a department head (level 2 and up) their own.",
  })
  @ApiOkResponse({ type: PageView(OverdueAssignmentView), description: 'One page, breached first, then by deadline' })
  @ApiReportErrors('A bad `department`, `limit` or `cursor`: `errors` names it')
  list(@CurrentReportReader() reader: ReportReader, @Query() query: LateReportQuery): Promise<Page<OverdueAssignment>> {
    return this.overdue.execute(reportDepartment(reader, query.department) ?? null, query);
  }
}
