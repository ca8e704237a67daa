import { EventEnvelope, EventType } from '@redress/contracts';
import { ComplaintStatus, statusRank } from '../domain/complaint-status';
import { TimelineEntry } from '../domain/timeline-entry';
import { Db } from './db';

/**
 * The SQL of the timeline and status projection clients read: entries per complaint (`intake.complaint_events`),
 * entries per root cause that reach every complaint linked to it (`intake.root_cause_events`), and the status,
 * root cause and department they give the complaints.
 */

/**
 * The event's entry on the complaint's timeline and the status it brings, in one statement: this runs for nearly
 * every event about a complaint. False when there is no such complaint (nothing is written then).
 */
export async function recordComplaintEntry(
  db: Db,
  event: EventEnvelope,
  complaintId: string,
  entry: TimelineEntry,
  reached: ComplaintStatus | null,
): Promise<boolean> {
  // An event that brings no status leaves $8 null, and `status_rank < NULL` updates nothing.
  const [{ recorded }]: { recorded: boolean }[] = await db.query(
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
  return recorded;
}

/** The event's entry on the timeline of a complaint known to exist, with no status. */
export async function insertComplaintEntry(
  db: Db,
  event: EventEnvelope,
  complaintId: string,
  entry: TimelineEntry,
): Promise<void> {
  await db.query(
    `INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [event.id, complaintId, event.type, event.occurredAt, entry.summary, entry.details],
  );
}

/** The retention clock (PERSONAL_DATA_RETENTION) starts when the complaint first closes. */
export async function markClosed(db: Db, complaintId: string, closedAt: string): Promise<void> {
  await db.query(`UPDATE intake.complaints SET closed_at = coalesce(closed_at, $2) WHERE id = $1`, [
    complaintId,
    closedAt,
  ]);
}

/** The event's entry on the root cause's timeline, with the rank of the status it brings (or null). */
export async function insertRootCauseEntry(
  db: Db,
  event: EventEnvelope,
  rootCauseId: string,
  entry: TimelineEntry,
  reached: ComplaintStatus | null,
): Promise<void> {
  await db.query(
    `INSERT INTO intake.root_cause_events (event_id, root_cause_id, type, occurred_at, summary, details, status_rank)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.id, rootCauseId, event.type, event.occurredAt, entry.summary, entry.details, reached && statusRank(reached)],
  );
}

/** The department owning the root cause, on its complaints; unchanged rows are not rewritten. */
export async function setRootCauseDepartment(db: Db, rootCauseId: string, department: string): Promise<void> {
  await db.query(
    `UPDATE intake.complaints SET department = $2 WHERE root_cause_id = $1 AND department IS DISTINCT FROM $2`,
    [rootCauseId, department],
  );
}

/** The root cause's complaints not yet as far as `status` get there. */
export async function advanceRootCauseComplaints(db: Db, rootCauseId: string, status: ComplaintStatus): Promise<void> {
  await db.query(
    `UPDATE intake.complaints SET status = $2, status_rank = $3 WHERE root_cause_id = $1 AND status_rank < $3`,
    [rootCauseId, status, statusRank(status)],
  );
}

/**
 * Links the complaint to the root cause with its category; the department is the root cause's, once identified (a
 * moved complaint takes its new root cause's, or none).
 */
export async function linkToRootCause(
  db: Db,
  complaintId: string,
  rootCauseId: string,
  category: string,
): Promise<void> {
  await db.query(
    `UPDATE intake.complaints SET root_cause_id = $2, category = $3, department = (
       SELECT details ->> 'department' FROM intake.root_cause_events
       WHERE root_cause_id = $2 AND type IN ($4, $5) ORDER BY occurred_at DESC LIMIT 1)
     WHERE id = $1`,
    [complaintId, rootCauseId, category, EventType.RootCauseIdentified, EventType.AssignmentCreated],
  );
}

/** The furthest status rank the root cause's events have brought, or null when none brought one. */
export async function highestRootCauseRank(db: Db, rootCauseId: string): Promise<number | null> {
  const [{ rank }]: { rank: number | null }[] = await db.query(
    `SELECT max(status_rank) AS rank FROM intake.root_cause_events WHERE root_cause_id = $1`,
    [rootCauseId],
  );
  return rank;
}

/** The complaint gets to `status` unless it is there or further already. */
export async function advanceComplaint(db: Db, complaintId: string, status: ComplaintStatus): Promise<void> {
  await db.query(`UPDATE intake.complaints SET status = $2, status_rank = $3 WHERE id = $1 AND status_rank < $3`, [
    complaintId,
    status,
    statusRank(status),
  ]);
}

/**
 * Serialises a link with the root cause's own events. Without it, a link and an assignment committing at the same
 * moment each miss the other (the link reads no assignment yet, the assignment updates no linked complaint yet)
 * and the complaint stays behind. A root cause's event takes the lock alone; links share it (`shareRootCause`), so
 * the complaints linking at once do not queue behind each other.
 */
export async function lockRootCause(db: Db, rootCauseId: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`intake:root-cause:${rootCauseId}`]);
}

export async function shareRootCause(db: Db, rootCauseId: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [`intake:root-cause:${rootCauseId}`]);
}
