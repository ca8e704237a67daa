import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventType, formatMinorUnits, toMinorUnits } from '@redress/contracts';
import { Transaction, UnitOfWork } from '@redress/messaging';
import { InvalidRequestException } from '@redress/platform';
import { EntityManager } from 'typeorm';
import { Supervisor } from '../../auth/supervisor.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { decideReview, ReviewOutcome } from '../../domain/compensation-approval';
import { addToBudget } from '../../persistence/budget.store';
import {
  compensationWithApprover,
  lockCompensation,
  recordFirstApproval,
  recordReviewDecision,
} from '../../persistence/compensation.store';
import { receivedComplaint } from '../../persistence/complaint.store';
import { compensationView, CompensationView } from '../../queries/list-compensations/list-compensations.query';
import { DeliveryJob } from '../deliver-notification/delivery.job';
import { NotificationScheduler } from '../schedule-notification/notification-scheduler.service';

/** An approval with the amount as sent (a decimal string, or none for the default), or a rejection with its reason, if any. */
export type Decision = { kind: 'approve'; amount?: string } | { kind: 'reject'; reason?: string };

/**
 * A supervisor's decision on a grant under review (the rule: `decideReview`). A complete approval pays the approved
 * total, counted in the budget of the month it was granted in even past its limit, since people decided; rejecting
 * keeps what was granted. Either way `compensation.granted` states the final amount, once, so every consumer learns
 * the review is over, and the customer is told in a message of their own (the total, or the rejection's reason), in
 * their language and channel, within their contact window. An approval above COMPENSATION_APPROVAL_LIMIT is only
 * recorded until a second supervisor approves: nothing is paid or announced meanwhile. A decided grant answers 409.
 */
@Injectable()
export class DecideCompensationService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly scheduler: NotificationScheduler,
    private readonly delivery: DeliveryJob,
  ) {}

  execute(supervisor: Supervisor, id: string, decision: Decision): Promise<CompensationView> {
    return this.unitOfWork.run(async (tx) => {
      const row = await lockCompensation(tx.manager, id);
      if (!row) throw new NotFoundException('No such compensation');
      if (row.status !== 'review') throw new ConflictException(`This compensation is ${row.status}, not under review`);
      const granted = Number(row.granted);
      const outcome = decideReview(
        {
          granted,
          requested: Math.max(granted, Number(row.requested)),
          currency: row.currency,
          firstApproval: row.first_approved_by
            ? { by: row.first_approved_by, amount: Number(row.first_approved_amount) }
            : null,
        },
        decision.kind === 'reject'
          ? { kind: 'reject', by: supervisor.id }
          : { kind: 'approve', by: supervisor.id, amount: this.amount(decision.amount, row.currency) },
        this.ceiling(row.currency),
      );
      const reason = decision.kind === 'reject' ? (decision.reason ?? null) : null;
      await this.apply(tx.manager, row, supervisor, outcome, reason);
      if (outcome.kind === 'approved' || outcome.kind === 'rejected') {
        const granted = tx.emit({
          type: EventType.CompensationGranted,
          key: row.complaint_id,
          correlationId: row.complaint_id,
          data: { complaintId: row.complaint_id, amount: outcome.amount, currency: row.currency, basis: row.basis },
        });
        await this.tellCustomer(tx, row, outcome.kind === 'approved', outcome.amount, reason, granted.id);
      }
      return compensationView(await compensationWithApprover(tx.manager, id));
    });
  }

  /** The decision's message, caused by its `compensation.granted` event. */
  private async tellCustomer(
    tx: Transaction,
    row: Record<string, any>,
    approved: boolean,
    amount: number,
    reason: string | null,
    causeEventId: string,
  ): Promise<void> {
    const known = await receivedComplaint(tx.manager, row.complaint_id);
    if (!known) return;
    const total = amount > 0 ? `${formatMinorUnits(amount, row.currency)} ${row.currency}` : null;
    await this.scheduler.schedule(tx, known, causeEventId, {
      kind: 'review-decision',
      reference: known.reference,
      approved,
      total,
      reason,
    });
    tx.afterCommit(() => this.delivery.wake());
  }

  private async apply(
    manager: EntityManager,
    row: Record<string, any>,
    supervisor: Supervisor,
    outcome: ReviewOutcome,
    reason: string | null,
  ): Promise<void> {
    switch (outcome.kind) {
      case 'refused':
        if (outcome.field) throw new InvalidRequestException([{ field: outcome.field, reason: outcome.reason }]);
        throw new ConflictException(outcome.reason);
      case 'awaiting-second-approval':
        await recordFirstApproval(manager, row.id, supervisor.id, outcome.amount);
        return;
      case 'approved':
      case 'rejected': {
        const added = outcome.amount - Number(row.granted);
        if (added > 0) {
          await addToBudget(manager, row.period, row.currency, this.settings.compensation.monthlyBudget, added);
        }
        await recordReviewDecision(manager, row.id, {
          status: outcome.kind,
          granted: outcome.amount,
          supervisorId: supervisor.id,
          reason,
        });
      }
    }
  }

  private amount(text: string | undefined, currency: string): number | null {
    if (text === undefined) return null;
    const parsed = toMinorUnits(text, currency);
    if (!parsed.ok) throw new InvalidRequestException([{ field: 'amount', reason: parsed.error }]);
    return parsed.amount;
  }

  /** The ceiling is money of the compensation currency: a grant in another cannot be compared, so it needs two approvers. */
  private ceiling(currency: string): number {
    const { approvalLimit, currency: ceilingCurrency } = this.settings.compensation;
    return currency === ceilingCurrency ? approvalLimit : 0;
  }
}
