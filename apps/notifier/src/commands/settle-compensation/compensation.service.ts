import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { applyBudget, budgetPeriod, CompensationDecision, decideCompensation } from '../../domain/compensation-policy';
import { compensationGranted, compensationsSettled } from '../../metrics/notifier.metrics';
import { KnownComplaint } from '../../persistence/complaint.record';
import { returnedRows } from '../../persistence/rows';
import { StaffNoticeRules } from '../notify-staff/staff-notice-rules';

export interface CompensationSummary {
  /** The compensation's row. */
  id: string;
  granted: number;
  currency: string;
  underReview: boolean;
  /** False when an earlier settle (a playbook, COMPENSATION_MAX_WAIT, the resolution) decided it already. */
  settledNow: boolean;
}

/**
 * Compensates a complaint once (a unique row per complaint; a second settle returns the first outcome), by the
 * policy in domain/, within the period budget: the grant is reserved with one conditional UPDATE of the period's
 * budget row, which concurrent grants take in turn, so together they never pass the budget.
 */
@Injectable()
export class CompensationService {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    /** Tells supervisors of review items and budget thresholds; absent where only the money rules are exercised. */
    @Optional() @Inject(StaffNoticeRules) private readonly staff: StaffNoticeRules | null = null,
  ) {}

  /** By the policy (DESIGN.md rules 1-4), when the complaint's root cause is resolved or COMPENSATION_MAX_WAIT has passed. */
  settle(
    tx: Transaction,
    complaint: KnownComplaint,
    rootCauseId: string | null,
    now = new Date(),
  ): Promise<CompensationSummary> {
    const decision = decideCompensation(
      { dissatisfaction: complaint.dissatisfaction, order: complaint.order, claimed: complaint.claimed },
      this.settings.compensation,
    );
    return this.settleWith(tx, complaint.id, rootCauseId, decision, now);
  }

  /** A decision made elsewhere (a playbook's pre-authorised grant, before any root cause is known), still once and within the budget. */
  async settleWith(
    tx: Transaction,
    complaintId: string,
    rootCauseId: string | null,
    decision: CompensationDecision,
    now = new Date(),
  ): Promise<CompensationSummary> {
    // The budget is kept in the compensation currency; a decision in another one grants nothing and only asks a person.
    const { currency: budgetCurrency, monthlyBudget } = this.settings.compensation;
    const { currency } = decision;
    const id = randomUUID();
    const period = budgetPeriod(now);
    const inserted: unknown[] = await tx.manager.query(
      `INSERT INTO notifier.compensations (id, complaint_id, root_cause_id, currency, granted, basis, status, period)
       VALUES ($1, $2, $3, $4, 0, $5, 'none', $6) ON CONFLICT (complaint_id) DO NOTHING RETURNING id`,
      [id, complaintId, rootCauseId, currency, decision.basis, period],
    );
    if (inserted.length === 0) {
      const [existing] = await tx.manager.query(
        `SELECT id, granted, currency, status FROM notifier.compensations WHERE complaint_id = $1`,
        [complaintId],
      );
      return {
        id: existing.id,
        granted: Number(existing.granted),
        currency: existing.currency,
        underReview: existing.status === 'review',
        settledNow: false,
      };
    }
    let outcome = decision;
    if (decision.granted > 0) {
      await tx.manager.query(
        `INSERT INTO notifier.budgets (period, currency, limit_amount) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [period, budgetCurrency, monthlyBudget],
      );
      const reserved = returnedRows<{ used: string }>(
        await tx.manager.query(
          `UPDATE notifier.budgets SET used = used + $3, limit_amount = $4
           WHERE period = $1 AND currency = $2 AND used + $3 <= $4 RETURNING used`,
          [period, budgetCurrency, decision.granted, monthlyBudget],
        ),
      );
      if (reserved.length === 0) outcome = applyBudget(decision, 0);
      await this.staff?.budgetUsed(tx, {
        period,
        currency: budgetCurrency,
        ...(await this.budgetUse(tx, period, budgetCurrency, reserved[0]?.used, decision.granted)),
        limit: monthlyBudget,
      });
    }
    const status = outcome.review ? 'review' : outcome.granted > 0 ? 'granted' : 'none';
    tx.afterCommit(() => {
      compensationsSettled.inc({ status });
      compensationGranted.inc({ currency }, outcome.granted);
    });
    await tx.manager.query(
      `UPDATE notifier.compensations SET granted = $2, granted_at_once = $2, requested = $3, basis = $4, status = $5, review_reason = $6 WHERE id = $1`,
      [id, outcome.granted, outcome.review?.requested ?? null, outcome.basis, status, outcome.review?.reason ?? null],
    );
    if (outcome.granted > 0) {
      tx.emit({
        type: EventType.CompensationGranted,
        key: complaintId,
        correlationId: complaintId,
        data: { complaintId, amount: outcome.granted, currency, basis: outcome.basis },
      });
    }
    if (outcome.review) {
      const review = tx.emit({
        type: EventType.CompensationReviewRequired,
        key: complaintId,
        correlationId: complaintId,
        data: {
          complaintId,
          requested: outcome.review.requested,
          granted: outcome.granted,
          currency,
          reason: outcome.review.reason,
        },
      });
      await this.staff?.reviewRequired(review, id, tx);
    }
    return { id, granted: outcome.granted, currency, underReview: outcome.review !== null, settledNow: true };
  }

  /** The budget's use before and after this grant (`usedAfter` from the reservation; null: it did not fit). */
  private async budgetUse(
    tx: Transaction,
    period: string,
    currency: string,
    usedAfter: string | undefined,
    granted: number,
  ): Promise<{ before: number; after: number; exhausted: boolean }> {
    if (usedAfter !== undefined)
      return { before: Number(usedAfter) - granted, after: Number(usedAfter), exhausted: false };
    const [row]: { used: string }[] = await tx.manager.query(
      `SELECT used FROM notifier.budgets WHERE period = $1 AND currency = $2`,
      [period, currency],
    );
    const used = Number(row?.used ?? 0);
    return { before: used, after: used, exhausted: true };
  }
}
