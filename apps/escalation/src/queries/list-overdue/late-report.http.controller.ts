import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiReportErrors, Page, PageView, reportDepartment } from '@redress/platform';
import { CurrentLateReader, LateReader, LateReportReaderGuard } from '../../auth/report-reader.guard';
import { LateReportQuery } from './late-report.request.dto';
import { ListOverdueQuery, OverdueAssignment } from './list-overdue.query';
import { OverdueAssignmentView } from './overdue-assignment.view';

/**
 * `GET /reports/late`: what is late across departments for those who watch them, supervisors and the admin token
 * (every department, or one) and department heads (their own): the owners' overdue list, read with a report reader's
 * token or the admin's.
 */
@ApiTags('reports')
@ApiBearerAuth('report-reader')
@ApiBearerAuth('owner')
@Controller('reports')
@UseGuards(LateReportReaderGuard)
export class LateReportHttpController {
  constructor(private readonly overdue: ListOverdueQuery) {}

  @Get('late')
  @ApiOperation({
    summary: 'List what is late across departments',
    description:
      'Unresolved assignments that breached at the top of their chain, then those overdue or whose next deadline ' +
      'falls within ESCALATION_NEAR_BREACH, each with department, level, holder and when it was assigned. A ' +
      "supervisor and the admin token (ESCALATION_ADMIN_TOKEN) read every department's, or the one asked for; a " +
      'department head (level 2 and up) their own.',
  })
  @ApiOkResponse({ type: PageView(OverdueAssignmentView), description: 'One page, breached first, then by deadline' })
  @ApiReportErrors('A bad `department`, `limit` or `cursor`: `errors` names it')
  list(@CurrentLateReader() reader: LateReader, @Query() query: LateReportQuery): Promise<Page<OverdueAssignment>> {
    const department = reader.kind === 'admin' ? query.department : reportDepartment(reader, query.department);
    return this.overdue.execute(department ?? null, query);
  }
}
