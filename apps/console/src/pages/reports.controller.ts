import type { CategoryReport, SatisfactionReport, SlaReport } from '@redress/http-api';
import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField } from '../http/forms';
import { Pages } from '../http/pages';
import { Figures } from '../insight/figures';
import { categoriesModel, satisfactionModel, slaModel } from '../insight/report-tables';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { InsightApi, ReportFilters, ReportName, REPORTS } from '../upstream/insight.api';
import { query } from '../upstream/page';
import { UpstreamError } from '../upstream/upstream';

const FILTERS = ['from', 'to', 'department', 'touchpoint'] as const;
/** Longer than any date, department or touchpoint: the services refuse what is wrong, this only bounds it. */
const MAX_FILTER_LENGTH = 64;

/**
 * Reports for supervisors and department heads: escalation's SLA, the notifier's satisfaction and triage's categories
 * over one period and filter, as tables and charts, and each (with triage's complaint listing) as a CSV file passed
 * on from the service. Every call carries the person's token, so the services decide: a level-1 owner gets their
 * refusal, a head only their own department.
 */
@Controller('reports')
@ForRoles('supervisor', 'owner')
export class ReportsController {
  constructor(
    private readonly pages: Pages,
    private readonly insight: InsightApi,
  ) {}

  @Get()
  async show(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query() params: Record<string, unknown>,
  ) {
    const t = translator(request.language);
    const filters = filtersOf(params);
    // Escalation's events carry no touchpoint: it refuses the filter rather than ignore it, so it is not asked.
    const [sla, satisfaction, categories] = await Promise.allSettled([
      filters.touchpoint ? Promise.resolve(null) : this.insight.sla(user, filters),
      this.insight.satisfaction(user, filters),
      this.insight.categories(user, filters),
    ]);
    const failures = [sla, satisfaction, categories].flatMap((result) =>
      result.status === 'rejected' ? [result.reason as Error] : [],
    );
    const refused = failures.find((error) => !(error instanceof UpstreamError) || error.status !== 400);
    if (refused) throw refused;
    const values: Record<string, string> = { ...Object.fromEntries(FILTERS.map((name) => [name, ''])), ...filters };
    const figures = new Figures(request.language);
    if (failures.length) {
      const fieldErrors = (failures as UpstreamError[]).flatMap((error) => error.fieldErrors);
      const errors = errorsByField(t, fieldErrors, values);
      return this.render(request, reply, values, errors, null, 400);
    }
    const answered = (satisfaction as PromiseFulfilledResult<SatisfactionReport>).value;
    // The period the services read, shown in the fields: an empty field is their default (the last 30 days).
    values.from ||= answered.from.slice(0, 10);
    values.to ||= answered.to.slice(0, 10);
    const shown = { ...filters, from: values.from, to: values.to };
    return this.render(
      request,
      reply,
      values,
      {},
      {
        period: t('reports.period', {
          from: figures.day(answered.from),
          to: figures.day(new Date(new Date(answered.to).getTime() - 1)),
        }),
        scope: answered.department
          ? t('reports.scopeDepartment', { department: answered.department })
          : t('reports.scopeAll'),
        sla: sla.status === 'fulfilled' && sla.value ? slaModel(t, figures, sla.value as SlaReport) : null,
        satisfaction: satisfactionModel(t, figures, answered),
        categories: categoriesModel(t, figures, (categories as PromiseFulfilledResult<CategoryReport>).value),
        downloads: (Object.keys(REPORTS) as ReportName[])
          .filter((name) => !(name === 'sla' && filters.touchpoint))
          .map((name) => ({ href: `/reports/csv/${name}${queryOf(shown)}`, label: t(`reports.csv.${name}`) })),
      },
    );
  }

  /**
   * A report as CSV, passed on from the service as it arrives (the console never holds the file), under the person's
   * token: what the service refuses is the same page as for the report itself.
   */
  @Get('csv/:report')
  async csv(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('report') report: string,
    @Query() params: Record<string, unknown>,
  ) {
    if (!Object.hasOwn(REPORTS, report)) throw new NotFoundException();
    const filters = filtersOf(params);
    const file = await this.insight.csv(user, report as ReportName, filters, request.id);
    const name = ['redress', report, filters.from, filters.to]
      .filter(Boolean)
      .join('-')
      .replace(/[^\w.-]/g, '');
    return reply
      .header('content-type', file.headers.get('content-type') ?? 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.csv"`)
      .header('x-content-type-options', 'nosniff')
      .send(Readable.fromWeb(file.body as ReadableStream<Uint8Array>));
  }

  private render(
    request: ConsoleRequest,
    reply: ConsoleReply,
    values: Record<string, string>,
    errors: Record<string, string>,
    report: object | null,
    status = 200,
  ) {
    const t = translator(request.language);
    return this.pages.render(
      request,
      reply,
      'reports',
      t('reports.title'),
      {
        values,
        errors,
        hasErrors: Object.keys(errors).length > 0,
        filters: FILTERS.map((name) => ({
          name,
          type: name === 'from' || name === 'to' ? 'date' : 'text',
          label: t(`reports.filter.${name}`),
          hint: name === 'department' || name === 'touchpoint' ? t(`reports.filterHint.${name}`) : null,
          value: values[name],
          error: errors[name],
        })),
        report,
      },
      status,
    );
  }
}

/** The filters as typed (trimmed, bounded); empty ones are left out: the services' defaults. */
function filtersOf(params: Record<string, unknown>): ReportFilters {
  const filters: ReportFilters = {};
  for (const name of FILTERS) {
    const value = params[name];
    if (typeof value === 'string' && value.trim()) filters[name] = value.trim().slice(0, MAX_FILTER_LENGTH);
  }
  return filters;
}

function queryOf(filters: ReportFilters): string {
  return query({ ...filters });
}
