import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { applyBudget, budgetPeriod, CompensationDecision, decideCompensation } from '../../domain/compensation-policy';
import { compensationGranted, compensationsSettled } from '../../metrics/notifier.metrics';
import { KnownComplaint } from '../../persistence/complaint-record';
import { budgetUsed, reserveBudget } from '../../persistence/budget.store';
import {
  compensationOfComplaint,
  openCompensation,
  recordSettlement,
  SettlementRow,
} from '../../persistence/compensation.store';
import { StaffNoticeRules } from '../notify-staff/staff-notice-rules.service';

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
 * policy in domain/, within the period budget: the grant is reserved with one conditional upsert of the period's
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
    // Opened with the policy's outcome: only a grant the budget turns away changes it again.
    const opened = await openCompensation(
      tx.manager,
      { id, complaintId, rootCauseId, currency, period },
      settlementRow(decision),
    );
    if (!opened) {
      const existing = await compensationOfComplaint(tx.manager, complaintId);
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
      const usedAfter = await reserveBudget(tx.manager, period, budgetCurrency, decision.granted, monthlyBudget);
      if (usedAfter === undefined) {
        outcome = applyBudget(decision, 0);
        await recordSettlement(tx.manager, id, settlementRow(outcome));
      }
      await this.staff?.budgetUsed(tx, {
        period,
        currency: budgetCurrency,
        ...(await this.budgetUse(tx, period, budgetCurrency, usedAfter, decision.granted)),
        limit: monthlyBudget,
      });
    }
    const { status } = settlementRow(outcome);
    tx.afterCommit(() => {
      compensationsSettled.inc({ status });
      compensationGranted.inc({ currency }, outcome.granted);
    });
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
    const used = Number((await budgetUsed(tx.manager, period, currency)) ?? 0);
    return { before: used, after: used, exhausted: true };
  }
}

function settlementRow(outcome: CompensationDecision): SettlementRow {
  return {
    granted: outcome.granted,
    requested: outcome.review?.requested ?? null,
    basis: outcome.basis,
    status: outcome.review ? 'review' : outcome.granted > 0 ? 'granted' : 'none',
    reviewReason: outcome.review?.reason ?? null,
  };
}
