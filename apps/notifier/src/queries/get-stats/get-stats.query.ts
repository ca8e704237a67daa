import { Inject, Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { formatMinorUnits } from '@redress/contracts';
import { QueryInteger } from '@redress/platform';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { budgetPeriod } from '../../domain/compensation-policy';

export class StatsQuery {
  /** How many root causes `byRootCause` lists: those with the most answered or compensated complaints. */
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 200,
    default: 20,
    description: 'How many root causes `byRootCause` lists',
  })
  @IsOptional()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(200)
  rootCauses?: number;
}

/** Satisfaction and compensations of one group of complaints (a root cause, a department). */
interface Outcomes {
  answers: number;
  ratingSum: number;
  satisfied: number;
  granted: number;
  grantedAmount: number;
  underReview: number;
}

interface RootCauseOutcomes {
  rootCauseId: string;
  department: string;
  outcomes: Outcomes;
}

const NO_OUTCOMES: Outcomes = { answers: 0, ratingSum: 0, satisfied: 0, granted: 0, grantedAmount: 0, underReview: 0 };

/**
 * Satisfaction from the feedback, compensations granted and under review, and this month's budget; the same per
 * department (the one its root cause was assigned to, `unassigned` before) and for the root causes with most outcomes.
 */
@Injectable()
export class GetStatsQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  async execute(query: StatsQuery) {
    const { currency, monthlyBudget } = this.settings.compensation;
    const period = budgetPeriod(new Date());
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM notifier.feedback WHERE answered_at IS NOT NULL) AS answers,
         (SELECT avg(rating)::float FROM notifier.feedback WHERE answered_at IS NOT NULL) AS average,
         (SELECT count(*)::int FROM notifier.feedback WHERE rating >= 4) AS satisfied,
         (SELECT count(*)::int FROM notifier.compensations WHERE status IN ('granted', 'approved') OR (status = 'rejected' AND granted > 0)) AS granted,
         (SELECT coalesce(sum(granted), 0)::bigint FROM notifier.compensations WHERE currency = $2) AS granted_amount,
         (SELECT count(*)::int FROM notifier.compensations WHERE status = 'review') AS review,
         (SELECT coalesce(sum(requested - granted), 0)::bigint FROM notifier.compensations WHERE status = 'review' AND currency = $2) AS review_amount,
         (SELECT used FROM notifier.budgets WHERE period = $1 AND currency = $2) AS used`,
      [period, currency],
    );
    const money = (amount: unknown) => formatMinorUnits(Number(amount ?? 0), currency);
    const { byRootCause, byDepartment } = await this.outcomesByGroup(currency);
    const view = (outcomes: Outcomes) => ({
      satisfaction: {
        answers: outcomes.answers,
        averageRating: outcomes.answers === 0 ? null : Math.round((outcomes.ratingSum / outcomes.answers) * 100) / 100,
        satisfiedShare:
          outcomes.answers === 0 ? null : Math.round((outcomes.satisfied / outcomes.answers) * 1000) / 1000,
      },
      compensations: {
        granted: outcomes.granted,
        grantedAmount: money(outcomes.grantedAmount),
        underReview: outcomes.underReview,
      },
    });
    const weight = ({ outcomes }: RootCauseOutcomes) => outcomes.answers + outcomes.granted + outcomes.underReview;
    const busiest = byRootCause.sort((a, b) => weight(b) - weight(a)).slice(0, query.rootCauses ?? 20);
    return {
      satisfaction: {
        answers: row.answers,
        averageRating: row.average === null ? null : Math.round(row.average * 100) / 100,
        satisfiedShare: row.answers === 0 ? null : Math.round((row.satisfied / row.answers) * 1000) / 1000,
      },
      compensations: {
        granted: row.granted,
        grantedAmount: money(row.granted_amount),
        underReview: row.review,
        underReviewAmount: money(row.review_amount),
        currency,
      },
      budget: {
        period,
        limit: money(monthlyBudget),
        used: money(row.used),
        remaining: money(Math.max(0, monthlyBudget - Number(row.used ?? 0))),
        currency,
      },
      byDepartment: [...byDepartment.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([department, outcomes]) => ({ department, ...view(outcomes) })),
      byRootCause: busiest.map(({ rootCauseId, department, outcomes }) => ({
        rootCauseId,
        department,
        ...view(outcomes),
      })),
    };
  }

  /** One pass over the complaints that have an answer or a compensation, grouped by root cause and department. */
  private async outcomesByGroup(
    currency: string,
  ): Promise<{ byRootCause: RootCauseOutcomes[]; byDepartment: Map<string, Outcomes> }> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT c.root_cause_id, coalesce(r.department, 'unassigned') AS department,
              count(f.rating)::int AS answers, coalesce(sum(f.rating), 0)::int AS rating_sum, count(*) FILTER (WHERE f.rating >= 4)::int AS satisfied,
              count(*) FILTER (WHERE comp.granted > 0)::int AS granted,
              coalesce(sum(comp.granted) FILTER (WHERE comp.currency = $1), 0)::bigint AS granted_amount,
              count(*) FILTER (WHERE comp.status = 'review')::int AS under_review
       FROM notifier.complaints c
       LEFT JOIN notifier.root_causes r ON r.id = c.root_cause_id
       LEFT JOIN notifier.feedback f ON f.complaint_id = c.id AND f.answered_at IS NOT NULL
       LEFT JOIN notifier.compensations comp ON comp.complaint_id = c.id
       WHERE c.root_cause_id IS NOT NULL AND (f.complaint_id IS NOT NULL OR comp.complaint_id IS NOT NULL)
       GROUP BY c.root_cause_id, r.department`,
      [currency],
    );
    const byRootCause: RootCauseOutcomes[] = [];
    const byDepartment = new Map<string, Outcomes>();
    for (const row of rows) {
      const outcomes: Outcomes = {
        answers: row.answers,
        ratingSum: row.rating_sum,
        satisfied: row.satisfied,
        granted: row.granted,
        grantedAmount: Number(row.granted_amount),
        underReview: row.under_review,
      };
      byRootCause.push({ rootCauseId: row.root_cause_id, department: row.department, outcomes });
      byDepartment.set(row.department, add(byDepartment.get(row.department) ?? NO_OUTCOMES, outcomes));
    }
    return { byRootCause, byDepartment };
  }
}

function add(a: Outcomes, b: Outcomes): Outcomes {
  return {
    answers: a.answers + b.answers,
    ratingSum: a.ratingSum + b.ratingSum,
    satisfied: a.satisfied + b.satisfied,
    granted: a.granted + b.granted,
    grantedAmount: a.grantedAmount + b.grantedAmount,
    underReview: a.underReview + b.underReview,
  };
}
