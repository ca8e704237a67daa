import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { formatMinorUnits } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { budgetPeriod } from '../../domain/compensation-policy';

/** Satisfaction from the feedback, compensations granted and under review, and this month's budget. */
@Controller('stats')
@UseGuards(SupervisorGuard)
export class GetStatsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  @Get()
  async stats() {
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
    return {
      satisfaction: {
        answers: row.answers,
        averageRating: row.average === null ? null : Math.round(row.average * 100) / 100,
        satisfiedShare: row.answers === 0 ? null : Math.round((row.satisfied / row.answers) * 1000) / 1000,
      },
      compensations: { granted: row.granted, grantedAmount: money(row.granted_amount), underReview: row.review, underReviewAmount: money(row.review_amount), currency },
      budget: { period, limit: money(monthlyBudget), used: money(row.used), remaining: money(Math.max(0, monthlyBudget - Number(row.used ?? 0))), currency },
    };
  }
}
