import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Dissatisfaction, formatMinorUnits, toMinorUnits } from '@redress/contracts';
import { ApiErrors, InvalidRequestException, parseDuration, reportWindow } from '@redress/platform';
import { DataSource } from 'typeorm';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { TIER_BASIS_POINTS } from '../../domain/compensation-policy';
import { CompensationReplay, Figures, WhatIfPolicy } from '../../domain/compensation-what-if';
import { visitCompensationHistory } from './compensation-what-if.query';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { WhatIfPercentages, WhatIfRequest } from './what-if.request.dto';
import { WhatIfView } from './what-if.view';

/** The longest what-if maximum wait: beyond it no complaint waits in practice. */
const MAX_WAIT_LIMIT_MS = 90 * 86_400_000;

/**
 * `POST /compensations/what-if` (supervisors): the notifier's history of the period replayed under another policy,
 * through the rules that decide real grants, beside what really happened. It reads, in one snapshot, and changes
 * nothing: no event, no budget, no row.
 */
@ApiTags('compensations')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('compensations')
@UseGuards(SupervisorGuard)
export class CompensationWhatIfHttpController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  @Post('what-if')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Try another compensation policy on past complaints',
    description:
      "The period's compensations replayed under another limit, percentages, monthly budget, review rule or maximum " +
      'wait, through the rules that decide real grants, beside what really happened: in total, by month and by ' +
      'department. It only reads, in one snapshot: no event, no budget, no row changes.',
  })
  @ApiBody({ type: WhatIfRequest })
  @ApiOkResponse({ type: WhatIfView, description: 'The replay beside what really happened' })
  @ApiErrors({
    400: {
      description:
        'A field at fault: an amount that is not a decimal string, a percentage outside 0-100, a maximum wait beyond ' +
        '90 days, a date that is not real, `from` not before `to`, or more than 366 days',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'policy.maxWait', reason: 'maxWait must be between 1m and 90d' }],
      },
    },
  })
  async whatIf(@Body() body: WhatIfRequest): Promise<WhatIfView> {
    const { from, to } = reportWindow({ from: body.from, to: body.to });
    const policy = this.policy(body);
    const maxWaitMs = this.maxWait(body.policy.maxWait);
    const monthStart = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    const replay = new CompensationReplay(policy, from.getTime(), to.getTime());
    const started = performance.now();
    const cases = await visitCompensationHistory(
      this.dataSource,
      { monthStart, from, to, maxWaitMs, now: new Date() },
      (entry) => replay.add(entry),
    );
    const result = replay.result();
    const money = (amount: number) => formatMinorUnits(amount, policy.currency);
    const figures = (side: Figures) => ({
      ...side,
      cost: money(side.cost),
      paidAtOnce: money(side.paidAtOnce),
      approvedLater: money(side.approvedLater),
      awaitingReview: money(side.awaitingReview),
    });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      currency: policy.currency,
      policy: {
        limit: money(policy.limit),
        percentages: percentagesOf(policy.tierBasisPoints ?? TIER_BASIS_POINTS),
        monthlyBudget: money(policy.monthlyBudget),
        reviewOverLimit: policy.reviewOverLimit !== false,
        maxWait: body.policy.maxWait ?? null,
      },
      casesRead: cases,
      elapsedMs: Math.round(performance.now() - started),
      total: { whatIf: figures(result.total.whatIf), actual: figures(result.total.actual) },
      byMonth: result.byMonth.map((month) => ({
        month: month.month,
        budget: money(month.budget),
        budgetUsed: money(month.budgetUsed),
        whatIf: figures(month.whatIf),
        actual: figures(month.actual),
      })),
      byDepartment: result.byDepartment.map((group) => ({
        department: group.department,
        whatIf: figures(group.whatIf),
        actual: figures(group.actual),
      })),
    };
  }

  /** The policy in force with what the request changes. */
  private policy(body: WhatIfRequest): WhatIfPolicy {
    const current = this.settings.compensation;
    const asked = body.policy;
    return {
      limit: this.amount(asked.limit, 'policy.limit') ?? current.limit,
      currency: current.currency,
      rates: current.rates,
      monthlyBudget: this.amount(asked.monthlyBudget, 'policy.monthlyBudget') ?? current.monthlyBudget,
      tierBasisPoints: asked.percentages ? basisPointsOf(asked.percentages) : TIER_BASIS_POINTS,
      reviewOverLimit: asked.reviewOverLimit ?? true,
    };
  }

  private amount(text: string | undefined, field: string): number | null {
    if (text === undefined) return null;
    const parsed = toMinorUnits(text, this.settings.compensation.currency);
    if (!parsed.ok) throw new InvalidRequestException([{ field, reason: parsed.error }]);
    return parsed.amount;
  }

  private maxWait(text: string | undefined): number | null {
    if (text === undefined) return null;
    const ms = parseDuration(text);
    if (ms <= 0 || ms > MAX_WAIT_LIMIT_MS)
      throw new InvalidRequestException([{ field: 'policy.maxWait', reason: 'maxWait must be between 1m and 90d' }]);
    return ms;
  }
}

function basisPointsOf(percentages: WhatIfPercentages): Record<Dissatisfaction, number> {
  const points = (percent: number) => Math.round(percent * 100);
  return { outraged: points(percentages.outraged), upset: points(percentages.upset), mild: points(percentages.mild) };
}

function percentagesOf(points: Readonly<Record<Dissatisfaction, number>>): Record<Dissatisfaction, number> {
  return { outraged: points.outraged / 100, upset: points.upset / 100, mild: points.mild / 100 };
}
