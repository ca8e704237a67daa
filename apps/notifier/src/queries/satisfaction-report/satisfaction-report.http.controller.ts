import { Controller, Get, Inject, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { formatMinorUnits } from '@redress/contracts';
import {
  ApiReportErrors,
  ApiReportResponse,
  CurrentReportReader,
  reportAnswer,
  reportDepartment,
  reportFormat,
  ReportQuery,
  ReportReader,
  reportWindow,
} from '@redress/platform';
import type { FastifyRequest } from 'fastify';
import { NotifierReportReaderGuard } from '../../auth/report-reader.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { SatisfactionFigures, SatisfactionGroup, SatisfactionReportQuery } from './satisfaction-report.query';
import { SatisfactionReportView } from './satisfaction-report.view';

const FIGURES: (keyof SatisfactionFigures)[] = [
  'complaints',
  'answers',
  'averageRating',
  'satisfiedShare',
  'compensated',
  'granted',
  'underReview',
];

/**
 * `GET /reports/satisfaction` (`.csv`, or `Accept: text/csv`): for complaints received in the period, the survey's
 * answers and the compensations, in total, by department, by owner and by root cause.
 */
@ApiTags('reports')
@ApiBearerAuth('report-reader')
@Controller('reports')
@UseGuards(NotifierReportReaderGuard)
export class SatisfactionReportHttpController {
  constructor(
    private readonly query: SatisfactionReportQuery,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  @Get(['satisfaction', 'satisfaction.csv'])
  @ApiOperation({
    summary: 'Read the satisfaction report',
    description:
      "For the complaints received in the period, the survey's answers and the compensations: in total, by department, " +
      'by owner and by root cause. A department head reads their own department; a supervisor every one, or the one ' +
      'asked for. As CSV with `.csv` or `Accept: text/csv` (one row per group).',
  })
  @ApiReportResponse(
    SatisfactionReportView,
    'The figures of the period in total, by department, by owner and by root cause',
    'group,department,ownerId,owner,rootCauseId,complaints,answers,averageRating,satisfiedShare,compensated,granted,underReview,currency\r\n' +
      'total,,,,,40,18,3.72,0.61,22,1840.00,2,EUR\r\n',
  )
  @ApiReportErrors()
  async satisfaction(
    @Query() query: ReportQuery,
    @CurrentReportReader() reader: ReportReader,
    @Req() request: FastifyRequest,
  ) {
    const { from, to } = reportWindow(query);
    const department = reportDepartment(reader, query.department);
    const { currency } = this.settings.compensation;
    const groups = await this.query.groups({ from, to, department, touchpoint: query.touchpoint, currency });
    const figures = (group: SatisfactionGroup) => ({
      ...Object.fromEntries(FIGURES.map((name) => [name, group[name]])),
      granted: formatMinorUnits(group.granted, currency),
    });
    const of = (kind: SatisfactionGroup['kind']) => groups.filter((group) => group.kind === kind);
    return reportAnswer(
      reportFormat(request),
      'satisfaction',
      {
        from: from.toISOString(),
        to: to.toISOString(),
        department: department ?? null,
        touchpoint: query.touchpoint ?? null,
        currency,
        total: figures(groups[0]),
        byDepartment: of('department').map((group) => ({ department: group.department, ...figures(group) })),
        byOwner: of('owner').map((group) => ({
          department: group.department,
          ownerId: group.ownerId,
          owner: group.owner,
          ...figures(group),
        })),
        byRootCause: of('rootCause').map((group) => ({
          department: group.department,
          rootCauseId: group.rootCauseId,
          ...figures(group),
        })),
      },
      () => ({
        header: ['group', 'department', 'ownerId', 'owner', 'rootCauseId', ...FIGURES, 'currency'],
        rows: groups.map((group) => [
          group.kind,
          group.department,
          group.ownerId,
          group.owner,
          group.rootCauseId,
          ...FIGURES.map((name) => (name === 'granted' ? formatMinorUnits(group.granted, currency) : group[name])),
          currency,
        ]),
      }),
    );
  }
}
