import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiReportErrors,
  ApiReportResponse,
  CurrentReportReader,
  InvalidRequestException,
  reportAnswer,
  reportDepartment,
  reportFormat,
  ReportQuery,
  ReportReader,
  reportWindow,
} from '@redress/platform';
import type { FastifyRequest } from 'fastify';
import { EscalationReportReaderGuard } from '../../auth/report-reader.guard';
import { SlaFigures, SlaGroup, SlaReportQuery } from './sla-report.query';
import { SlaReportView } from './sla-report.view';

const FIGURES: (keyof SlaFigures)[] = [
  'assignments',
  'acknowledged',
  'acknowledgedInTime',
  'resolved',
  'resolvedInTime',
  'missedDeadlines',
  'breached',
  'acknowledgeP50',
  'acknowledgeP90',
  'resolveP50',
  'resolveP90',
];

/**
 * `GET /reports/sla` (`.csv`, or `Accept: text/csv`): how assignments created in the period kept their deadlines, in
 * total, by department and by owner, with the times to acknowledge and to resolve (p50, p90, in seconds).
 */
@ApiTags('reports')
@ApiBearerAuth('report-reader')
@Controller('reports')
@UseGuards(EscalationReportReaderGuard)
export class SlaReportHttpController {
  constructor(private readonly query: SlaReportQuery) {}

  @Get(['sla', 'sla.csv'])
  @ApiOperation({
    summary: 'Read the service-level report',
    description:
      'How the assignments created in the period kept their deadlines: in total, by department and by owner, with ' +
      'the times to acknowledge and to resolve (p50, p90, in seconds). A department head reads their own department; ' +
      'a supervisor every one, or the one asked for. As CSV with `.csv` or `Accept: text/csv` (one row per group).',
  })
  @ApiReportResponse(
    SlaReportView,
    'The figures of the period in total, by department and by owner',
    'group,department,ownerId,owner,assignments,acknowledged,acknowledgedInTime,resolved,resolvedInTime,missedDeadlines,breached,acknowledgeP50,acknowledgeP90,resolveP50,resolveP90\r\n' +
      'total,,,,42,40,36,31,27,9,1,5400,21600,259200,604800\r\n',
  )
  @ApiReportErrors(
    'A malformed filter or period (not a real date, `from` not before `to`, more than 366 days), or a `touchpoint`: ' +
      'escalation does not know touchpoints',
  )
  async sla(@Query() query: ReportQuery, @CurrentReportReader() reader: ReportReader, @Req() request: FastifyRequest) {
    const { from, to } = reportWindow(query);
    if (query.touchpoint !== undefined)
      throw new InvalidRequestException([
        { field: 'touchpoint', reason: 'escalation does not know touchpoints: the SLA report cannot filter by one' },
      ]);
    const department = reportDepartment(reader, query.department);
    const groups = await this.query.groups(from, to, department);
    const figures = (group: SlaGroup) => Object.fromEntries(FIGURES.map((name) => [name, group[name]]));
    return reportAnswer(
      reportFormat(request),
      'sla',
      {
        from: from.toISOString(),
        to: to.toISOString(),
        department: department ?? null,
        total: figures(groups[0]),
        byDepartment: groups
          .filter((group) => group.kind === 'department')
          .map((group) => ({ department: group.department, ...figures(group) })),
        byOwner: groups
          .filter((group) => group.kind === 'owner')
          .map((group) => ({
            department: group.department,
            ownerId: group.ownerId,
            owner: group.owner,
            ...figures(group),
          })),
      },
      () => ({
        header: ['group', 'department', 'ownerId', 'owner', ...FIGURES],
        rows: groups.map((group) => [
          group.kind,
          group.department,
          group.ownerId,
          group.owner,
          ...FIGURES.map((name) => group[name]),
        ]),
      }),
    );
  }
}
