import { Inject, Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';

export interface RecurredCause {
  id: string;
  cause: string;
  department: string;
}

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
    const [resolved]: RecurredCause[] = await tx.manager.query(
      `SELECT id, coalesce(cause, suggested_cause) AS cause, coalesce(department, suggested_department) AS department
       FROM triage.root_causes
       WHERE category = $1 AND touchpoint = $2 AND status = 'resolved' AND resolved_at <= $3 AND resolved_at > $3 - make_interval(secs => $4)
       ORDER BY resolved_at DESC LIMIT 1`,
      [category, touchpoint, receivedAt, this.settings.loop.recurrenceWindowMs / 1000],
    );
    if (!resolved) return null;
    await tx.manager.query(
      `UPDATE triage.root_causes SET recurrence_of = $2, suggested_cause = $3, suggested_department = $4 WHERE id = $1`,
      [rootCauseId, resolved.id, resolved.cause, resolved.department],
    );
    return resolved;
  }
}
