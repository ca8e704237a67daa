import { Inject, Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { latestResolvedWithin, markRecurrence, RecurredCause } from '../../persistence/root-cause.store';

export type { RecurredCause } from '../../persistence/root-cause.store';

/**
 * A cause that comes back soon after its fix reopens for the committee. It comes back as a new root cause pointing
 * at the resolved one rather than as the old one reopened: the old one keeps its history and its customers (who are
 * not told again), escalation sees a new assignment, and the committee starts from the old decision.
 */
@Injectable()
export class Recurrence {
  constructor(@Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings) {}

  /**
   * Marks a just-opened root cause as the recurrence of the latest root cause of its category and touchpoint that
   * was resolved before the complaint was received and within the window; a complaint received before the fix is
   * late news of the old cause, not a sign that it came back.
   */
  async markIfRecurred(
    tx: Transaction,
    rootCauseId: string,
    category: string,
    touchpoint: string,
    receivedAt: Date,
  ): Promise<RecurredCause | null> {
    const resolved = await latestResolvedWithin(
      tx.manager,
      category,
      touchpoint,
      receivedAt,
      this.settings.loop.recurrenceWindowMs,
    );
    if (!resolved) return null;
    await markRecurrence(tx.manager, rootCauseId, resolved);
    return resolved;
  }
}
