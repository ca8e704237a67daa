import { Injectable } from '@nestjs/common';
import { EventData, EventType } from '@redress/contracts';
import { EntityManager } from 'typeorm';

/**
 * Writes the pauses of root causes' assignments (notifier.root_cause_pauses), keyed by the assignment and the instant
 * the pause began; a redelivered event writes nothing new. Only times are kept: whom the work waits on and why are
 * staff's words, never shown to customers.
 */
@Injectable()
export class RootCausePausesStore {
  async paused(manager: EntityManager, data: EventData<typeof EventType.AssignmentPaused>): Promise<void> {
    await manager.query(
      `INSERT INTO notifier.root_cause_pauses (assignment_id, paused_at, root_cause_id, resumes_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (assignment_id, paused_at) DO UPDATE SET resumes_by = EXCLUDED.resumes_by`,
      [data.assignmentId, data.pausedAt, data.rootCauseId, data.resumesBy],
    );
  }

  /**
   * Closes the assignment's open pause. Both events travel on the root cause's key, so the pause normally came first;
   * a resume without one (its pause consumed before this table existed) is kept as a pause of its own.
   */
  async resumed(manager: EntityManager, data: EventData<typeof EventType.AssignmentResumed>): Promise<void> {
    const [, closed]: [unknown, number] = await manager.query(
      `UPDATE notifier.root_cause_pauses SET resumed_at = $2, resolve_due_at = $3
       WHERE assignment_id = $1 AND resumed_at IS NULL`,
      [data.assignmentId, data.resumedAt, data.resolveDueAt],
    );
    if (closed > 0) return;
    await manager.query(
      `INSERT INTO notifier.root_cause_pauses (assignment_id, paused_at, root_cause_id, resumed_at, resolve_due_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (assignment_id, paused_at) DO UPDATE SET resumed_at = EXCLUDED.resumed_at, resolve_due_at = EXCLUDED.resolve_due_at`,
      [data.assignmentId, data.pausedAt, data.rootCauseId, data.resumedAt, data.resolveDueAt],
    );
  }
}
