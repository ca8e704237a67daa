import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { statusAtRank, statusRank, statusReachedBy } from '../../domain/complaint-status';
import { describeEvent } from '../../domain/timeline-entry';

/**
 * Projects events onto complaints. Events keyed by a complaint land on that complaint; events keyed by a root
 * cause are stored once and reach every complaint linked to it, including complaints linked later, so a link
 * arriving after its root cause's later events still shows them.
 */
@Injectable()
export class RecordTimelineService {
  private readonly logger = new Logger(RecordTimelineService.name);

  async recordComplaintEvent(event: EventEnvelope, complaintId: string, tx: Transaction): Promise<void> {
    const entry = describeEvent(event);
    const reached = statusReachedBy(event);
    // The entry and the status it brings in one statement: this runs for nearly every event about a complaint. An
    // event that brings no status leaves $8 null, and `status_rank < NULL` updates nothing.
    const [{ recorded }]: { recorded: boolean }[] = await tx.manager.query(
      `WITH entry AS (
         INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
         SELECT $1, id, $3, $4, $5, $6 FROM intake.complaints WHERE id = $2
         RETURNING complaint_id
       ), advanced AS (
         UPDATE intake.complaints SET status = $7, status_rank = $8
         WHERE id = $2 AND status_rank < $8 AND EXISTS (SELECT FROM entry)
       )
       SELECT EXISTS (SELECT FROM entry) AS recorded`,
      [
        event.id,
        complaintId,
        event.type,
        event.occurredAt,
        entry.summary,
        entry.details,
        reached,
        reached && statusRank(reached),
      ],
    );
    if (!recorded) {
      this.logger.warn(`[${event.correlationId}] ${event.type} for unknown complaint ${complaintId} ignored`);
      return;
    }
    // The retention clock (PERSONAL_DATA_RETENTION) starts when the complaint closes.
    if (event.type === EventType.ComplaintClosed) {
      await tx.manager.query(`UPDATE intake.complaints SET closed_at = coalesce(closed_at, $2) WHERE id = $1`, [
        complaintId,
        event.occurredAt,
      ]);
    }
    if (event.type === EventType.RootCauseComplaintLinked) {
      const { rootCauseId, category } = (event as EventEnvelope<typeof EventType.RootCauseComplaintLinked>).data;
      await this.link(complaintId, rootCauseId, category, tx);
    }
  }

  async recordRootCauseEvent(event: EventEnvelope, rootCauseId: string, tx: Transaction): Promise<void> {
    await lockRootCause(rootCauseId, tx);
    const entry = describeEvent(event);
    const reached = statusReachedBy(event);
    await tx.manager.query(
      `INSERT INTO intake.root_cause_events (event_id, root_cause_id, type, occurred_at, summary, details, status_rank)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.id,
        rootCauseId,
        event.type,
        event.occurredAt,
        entry.summary,
        entry.details,
        reached && statusRank(reached),
      ],
    );
    const department = departmentNamedBy(event);
    if (department) {
      // Staff search filters by the owning department (docs/complaint-search.md); unchanged rows are not rewritten.
      await tx.manager.query(
        `UPDATE intake.complaints SET department = $2 WHERE root_cause_id = $1 AND department IS DISTINCT FROM $2`,
        [rootCauseId, department],
      );
    }
    if (reached) {
      const rank = statusRank(reached);
      await tx.manager.query(
        `UPDATE intake.complaints SET status = $2, status_rank = $3 WHERE root_cause_id = $1 AND status_rank < $3`,
        [rootCauseId, reached, rank],
      );
    }
  }

  /** Joins a complaint to its root cause and catches it up with what that root cause has already been through. */
  private async link(complaintId: string, rootCauseId: string, category: string, tx: Transaction): Promise<void> {
    await lockRootCause(rootCauseId, tx);
    // The department is the root cause's, once identified: a moved complaint takes its new root cause's (or none).
    await tx.manager.query(
      `UPDATE intake.complaints SET root_cause_id = $2, category = $3, department = (
         SELECT details ->> 'department' FROM intake.root_cause_events
         WHERE root_cause_id = $2 AND type IN ($4, $5) ORDER BY occurred_at DESC LIMIT 1)
       WHERE id = $1`,
      [complaintId, rootCauseId, category, EventType.RootCauseIdentified, EventType.AssignmentCreated],
    );
    const [{ rank }]: { rank: number | null }[] = await tx.manager.query(
      `SELECT max(status_rank) AS rank FROM intake.root_cause_events WHERE root_cause_id = $1`,
      [rootCauseId],
    );
    if (rank === null) return;
    const caughtUp = statusAtRank(rank);
    await tx.manager.query(
      `UPDATE intake.complaints SET status = $2, status_rank = $3 WHERE id = $1 AND status_rank < $3`,
      [complaintId, caughtUp, statusRank(caughtUp)],
    );
  }
}

/** The department an event makes the owner of its root cause, if it names one. */
function departmentNamedBy(event: EventEnvelope): string | null {
  if (event.type !== EventType.RootCauseIdentified && event.type !== EventType.AssignmentCreated) return null;
  return (event.data as { department: string }).department;
}

/**
 * Serialises a link with the root cause's own events. Without it, a link and an assignment committing at the same
 * moment each miss the other (the link reads no assignment yet, the assignment updates no linked complaint yet)
 * and the complaint stays behind.
 */
async function lockRootCause(rootCauseId: string, tx: Transaction): Promise<void> {
  await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`intake:root-cause:${rootCauseId}`]);
}
