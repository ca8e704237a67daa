import type { WhatIfFigures, WhatIfView } from '@redress/http-api';
import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field } from '../http/forms';
import { Pages } from '../http/pages';
import { barChart } from '../insight/bar-chart';
import { Figures } from '../insight/figures';
import { whatIfRequest, WHAT_IF_FIELDS, WhatIfValues, formFieldOf } from '../insight/what-if-form';
import { MessageKey } from '../i18n/messages.en';
import { Translate, translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { InsightApi } from '../upstream/insight.api';
import { UpstreamError } from '../upstream/upstream';

/** The figures shown for each side, in this order; the total table also shows what reviews still ask. */
const COUNTS = ['full', 'capped', 'review', 'none', 'budgetOverflow'] as const;

/**
 * The compensation what-if (supervisors): a policy and a period posted to the notifier's
 * `POST /compensations/what-if` with the supervisor's token, the replay shown beside what really happened. The
 * notifier checks every field; what it refuses is shown beside the field with what was typed.
 */
@Controller('what-if')
@ForRoles('supervisor')
export class WhatIfController {
  constructor(
    private readonly pages: Pages,
    private readonly insight: InsightApi,
  ) {}

  @Get()
  show(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply) {
    return this.render(request, reply, defaultValues(new Date()), {}, [], null);
  }

  @Post()
  async run(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Body() body: unknown,
  ) {
    const values = Object.fromEntries(WHAT_IF_FIELDS.map((name) => [name, field(body, name)])) as WhatIfValues;
    let answer: WhatIfView;
    try {
      answer = await this.insight.whatIf(user, whatIfRequest(values), request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const t = translator(request.language);
      const mapped = error.fieldErrors.map((problem) => ({ ...problem, field: formFieldOf(problem.field) }));
      const shown = mapped.filter((problem) => problem.field !== null) as { field: string; reason: string }[];
      const others = mapped.filter((problem) => problem.field === null).map((problem) => problem.reason);
      if (!error.fieldErrors.length) others.push(error.message.replace(/^\w+: \d+ /, ''));
      return this.render(request, reply, values, errorsByField(t, shown, values), others, null, 400);
    }
    return this.render(request, reply, values, {}, [], answer);
  }

  private render(
    request: ConsoleRequest,
    reply: ConsoleReply,
    values: WhatIfValues,
    errors: Record<string, string>,
    otherErrors: string[],
    answer: WhatIfView | null,
    status = 200,
  ) {
    const t = translator(request.language);
    return this.pages.render(
      request,
      reply,
      'what-if',
      t('whatIf.title'),
      {
        values,
        errors,
        otherErrors,
        hasErrors: Object.keys(errors).length + otherErrors.length > 0,
        review: ['', 'yes', 'no'].map((value) => ({
          value,
          label: t(`whatIf.review.${value || 'inForce'}` as MessageKey),
          selected: values.reviewOverLimit === value,
        })),
        levels: (['outraged', 'upset', 'mild'] as const).map((name) => ({
          name,
          label: t(`whatIf.level.${name}`),
          value: values[name],
          error: errors[name],
        })),
        result: answer && resultModel(t, new Figures(request.language), answer),
      },
      status,
    );
  }
}

/** From the first day of the month before last up to tomorrow: the last full months and this one so far. */
function defaultValues(now: Date): WhatIfValues {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const values = Object.fromEntries(WHAT_IF_FIELDS.map((name) => [name, ''])) as WhatIfValues;
  return { ...values, from: day(from), to: day(to) };
}

/** The answer as the page shows it: every figure written the reader's way, the chart drawn. */
function resultModel(t: Translate, figures: Figures, answer: WhatIfView) {
  const money = (amount: string) => figures.money(amount, answer.currency);
  const sides = (group: { whatIf: WhatIfFigures; actual: WhatIfFigures }) =>
    (['whatIf', 'actual'] as const).map((side) => ({
      side: t(`whatIf.side.${side}`),
      cases: figures.count(group[side].cases),
      cost: money(group[side].cost),
      counts: COUNTS.map((name) => figures.count(group[side][name])),
    }));
  const { total, policy } = answer;
  const difference = Number(total.whatIf.cost) - Number(total.actual.cost);
  const costChart = answer.byMonth.length
    ? barChart({
        id: 'what-if-cost',
        title: t('whatIf.chartTitle'),
        description: t('whatIf.chartDescription'),
        series: [t('whatIf.side.whatIf'), t('whatIf.side.actual')],
        groups: answer.byMonth.map((month) => ({
          label: figures.month(month.month),
          values: [Number(month.whatIf.cost), Number(month.actual.cost)],
        })),
        format: (value) => figures.money(value, answer.currency),
      })
    : null;
  return {
    period: t('whatIf.period', {
      from: figures.day(answer.from),
      to: figures.day(new Date(new Date(answer.to).getTime() - 1)),
    }),
    policy: t('whatIf.policyApplied', {
      limit: money(policy.limit),
      outraged: figures.number(policy.percentages.outraged),
      upset: figures.number(policy.percentages.upset),
      mild: figures.number(policy.percentages.mild),
      budget: money(policy.monthlyBudget),
      review: t(policy.reviewOverLimit ? 'whatIf.review.yes' : 'whatIf.review.no'),
      wait: policy.maxWait ?? t('whatIf.asItHappened'),
    }),
    difference: t(difference > 0 ? 'whatIf.costsMore' : difference < 0 ? 'whatIf.costsLess' : 'whatIf.costsSame', {
      amount: figures.money(Math.abs(difference), answer.currency),
    }),
    elapsed: t('whatIf.elapsed', {
      cases: figures.count(answer.casesRead),
      seconds: figures.number(answer.elapsedMs / 1000),
    }),
    total: totalRows(figures, money).map(([name, format]) => ({
      label: t(`whatIf.figure.${name}`),
      whatIf: format(total.whatIf),
      actual: format(total.actual),
    })),
    tables: [
      {
        id: 'by-month',
        title: t('whatIf.byMonth'),
        caption: t('whatIf.byMonthCaption'),
        groupLabel: t('whatIf.month'),
        chart: costChart,
        groups: answer.byMonth.map((month) => ({
          label: figures.month(month.month),
          budget: t('whatIf.budgetUsed', { used: money(month.budgetUsed), budget: money(month.budget) }),
          sides: sides(month),
        })),
      },
      {
        id: 'by-department',
        title: t('whatIf.byDepartment'),
        caption: t('whatIf.byDepartmentCaption'),
        groupLabel: t('whatIf.department'),
        chart: null,
        groups: answer.byDepartment.map((group) => ({
          label: group.department === 'unassigned' ? t('whatIf.unassigned') : group.department,
          sides: sides(group),
        })),
      },
    ],
  };
}

/** The rows of the whole period's table: each figure and how it is written. */
function totalRows(figures: Figures, money: (amount: string) => string) {
  const count = (name: (typeof COUNTS)[number] | 'cases' | 'otherCurrency') => (side: WhatIfFigures) =>
    figures.count(side[name]);
  const amount = (name: 'cost' | 'paidAtOnce' | 'approvedLater' | 'awaitingReview') => (side: WhatIfFigures) =>
    money(side[name]);
  return [
    ['cases', count('cases')],
    ['cost', amount('cost')],
    ['paidAtOnce', amount('paidAtOnce')],
    ['approvedLater', amount('approvedLater')],
    ['awaitingReview', amount('awaitingReview')],
    ...COUNTS.map((name) => [name, count(name)] as const),
    ['otherCurrency', count('otherCurrency')],
  ] as const;
}
