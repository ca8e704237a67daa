import type { CategoryReport, SatisfactionReport, SlaReport } from '@redress/http-api';
import { formatDuration, Translate } from '../i18n/translate';
import { MessageKey } from '../i18n/messages.en';
import { barChart } from './bar-chart';
import { Figures } from './figures';

type SlaFigures = SlaReport['total'];
type SatisfactionFigures = SatisfactionReport['total'];

/** A table as the reports page draws it: a caption, column headings, rows whose first cell heads the row. */
export interface ReportTable {
  caption: string;
  columns: string[];
  rows: { heading: string; cells: string[] }[];
}

/** Escalation's SLA report: the whole period, by department and by owner; the chart compares departments. */
export function slaModel(t: Translate, figures: Figures, report: SlaReport) {
  const columns = [
    'reports.sla.assignments',
    'reports.sla.acknowledgedInTime',
    'reports.sla.resolvedInTime',
    'reports.sla.missedDeadlines',
    'reports.sla.breached',
    'reports.sla.acknowledgeP50',
    'reports.sla.acknowledgeP90',
    'reports.sla.resolveP50',
    'reports.sla.resolveP90',
  ].map((key) => t(key as MessageKey));
  const seconds = (value: number | null) => (value === null ? '–' : formatDuration(t, span(value)));
  const cells = (group: SlaFigures) => [
    figures.count(group.assignments),
    t('reports.ofShare', {
      count: figures.count(group.acknowledgedInTime),
      of: figures.count(group.acknowledged),
      share: figures.ratio(group.acknowledgedInTime, group.acknowledged),
    }),
    t('reports.ofShare', {
      count: figures.count(group.resolvedInTime),
      of: figures.count(group.resolved),
      share: figures.ratio(group.resolvedInTime, group.resolved),
    }),
    figures.count(group.missedDeadlines),
    figures.count(group.breached),
    seconds(group.acknowledgeP50),
    seconds(group.acknowledgeP90),
    seconds(group.resolveP50),
    seconds(group.resolveP90),
  ];
  const inTime = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    chart: report.byDepartment.length
      ? barChart({
          id: 'sla-chart',
          title: t('reports.sla.chartTitle'),
          description: t('reports.sla.chartDescription'),
          series: [t('reports.sla.acknowledgedInTime'), t('reports.sla.resolvedInTime')],
          groups: report.byDepartment.map((group) => ({
            label: group.department,
            values: [
              inTime(group.acknowledgedInTime, group.acknowledged),
              inTime(group.resolvedInTime, group.resolved),
            ],
          })),
          format: (value) => figures.percent(value),
        })
      : null,
    tables: [
      table(t('reports.sla.byDepartment'), t('reports.department'), columns, [
        { heading: t('reports.total'), cells: cells(report.total) },
        ...report.byDepartment.map((group) => ({ heading: group.department, cells: cells(group) })),
      ]),
      table(
        t('reports.sla.byOwner'),
        t('reports.owner'),
        columns,
        report.byOwner.map((group) => ({ heading: `${group.owner} (${group.department})`, cells: cells(group) })),
      ),
    ],
  };
}

/** The notifier's satisfaction and compensation report by department, owner and root cause. */
export function satisfactionModel(t: Translate, figures: Figures, report: SatisfactionReport) {
  const columns = [
    'reports.satisfaction.complaints',
    'reports.satisfaction.answers',
    'reports.satisfaction.averageRating',
    'reports.satisfaction.satisfiedShare',
    'reports.satisfaction.compensated',
    'reports.satisfaction.granted',
    'reports.satisfaction.underReview',
  ].map((key) => t(key as MessageKey));
  const cells = (group: SatisfactionFigures) => [
    figures.count(group.complaints),
    figures.count(group.answers),
    figures.number(group.averageRating),
    figures.percent(group.satisfiedShare),
    figures.count(group.compensated),
    figures.money(group.granted, report.currency),
    figures.count(group.underReview),
  ];
  const department = (name: string) => (name === 'unassigned' ? t('reports.unassigned') : name);
  return {
    chart: report.byDepartment.length
      ? barChart({
          id: 'satisfaction-chart',
          title: t('reports.satisfaction.chartTitle'),
          description: t('reports.satisfaction.chartDescription'),
          series: [t('reports.satisfaction.averageRating')],
          groups: report.byDepartment.map((group) => ({
            label: department(group.department),
            values: [group.averageRating],
          })),
          format: (value) => figures.number(value),
        })
      : null,
    tables: [
      table(t('reports.satisfaction.byDepartment'), t('reports.department'), columns, [
        { heading: t('reports.total'), cells: cells(report.total) },
        ...report.byDepartment.map((group) => ({ heading: department(group.department), cells: cells(group) })),
      ]),
      table(
        t('reports.satisfaction.byOwner'),
        t('reports.owner'),
        columns,
        report.byOwner.map((group) => ({ heading: `${group.owner} (${group.department})`, cells: cells(group) })),
      ),
    ],
  };
}

/** Triage's complaints by category and by their root cause's status. */
export function categoriesModel(t: Translate, figures: Figures, report: CategoryReport) {
  const statuses = report.byStatus.map((group) => group.status);
  const count = (category: string, status: string) =>
    report.byCategoryAndStatus.find((line) => line.category === category && line.status === status)?.complaints ?? 0;
  const statusText = (status: string) => t(`status.${status}` as MessageKey);
  return {
    total: t('reports.categories.total', { count: figures.count(report.total) }),
    chart: report.byCategory.length
      ? barChart({
          id: 'categories-chart',
          title: t('reports.categories.chartTitle'),
          description: t('reports.categories.chartDescription'),
          series: [t('reports.categories.complaints')],
          groups: report.byCategory.map((group) => ({ label: group.category, values: [group.complaints] })),
          format: (value) => figures.count(value),
        })
      : null,
    tables: [
      table(
        t('reports.categories.byCategory'),
        t('reports.category'),
        [t('reports.categories.complaints'), ...statuses.map(statusText)],
        report.byCategory.map((group) => ({
          heading: group.category,
          cells: [
            figures.count(group.complaints),
            ...statuses.map((status) => figures.count(count(group.category, status))),
          ],
        })),
      ),
    ],
  };
}

function table(caption: string, heading: string, columns: string[], rows: ReportTable['rows']): ReportTable {
  return { caption, columns: [heading, ...columns], rows };
}

function span(seconds: number) {
  const minutes = Math.round(seconds / 60);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
