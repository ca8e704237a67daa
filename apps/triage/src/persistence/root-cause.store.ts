import { Decision, Vote } from '../domain/committee-review';
import { Db } from './committee.store';
import { returnedRows } from './query-results';

export type RootCauseStatus = 'under-review' | 'identified' | 'merged' | 'resolved';

export interface LockedRootCause {
  id: string;
  status: RootCauseStatus;
  category: string;
  touchpoint: string;
  suggestedCause: string;
  suggestedDepartment: string;
  complaintCount: number;
  mergedInto: string | null;
}

/** A root cause of the same category and touchpoint, resolved recently, which a new one may be the return of. */
export interface RecurredCause {
  id: string;
  cause: string;
  department: string;
}

const LOCK_COLUMNS = `id, status, category, touchpoint, suggested_cause AS "suggestedCause", suggested_department AS "suggestedDepartment",
  complaint_count AS "complaintCount", merged_into AS "mergedInto"`;

/** The SQL of root causes (`triage.root_causes`) and the committee's votes on them (`triage.votes`). */
export async function lockRootCause(db: Db, rootCauseId: string): Promise<LockedRootCause | undefined> {
  const [rootCause]: LockedRootCause[] = await db.query(
    `SELECT ${LOCK_COLUMNS} FROM triage.root_causes WHERE id = $1 FOR UPDATE`,
    [rootCauseId],
  );
  return rootCause;
}

/** Locks root causes in id order, so two transactions locking the same ones cannot deadlock. */
export function lockRootCauses(db: Db, ids: string[]): Promise<LockedRootCause[]> {
  return db.query(`SELECT ${LOCK_COLUMNS} FROM triage.root_causes WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
    ids,
  ]);
}

export async function rootCauseExists(db: Db, rootCauseId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT id FROM triage.root_causes WHERE id = $1`, [rootCauseId]);
  return rows.length > 0;
}

export function votesOn(db: Db, rootCauseId: string): Promise<Vote[]> {
  return db.query(
    `SELECT member_id AS "memberId", cause, department, cast_at AS "castAt" FROM triage.votes WHERE root_cause_id = $1 ORDER BY cast_at, member_id`,
    [rootCauseId],
  );
}

/** Records a member's vote, or changes the one they cast before. */
export async function castVote(
  db: Db,
  vote: { rootCauseId: string; memberId: string; cause: string; department: string; castAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO triage.votes (root_cause_id, member_id, cause, department, cast_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (root_cause_id, member_id) DO UPDATE SET cause = EXCLUDED.cause, department = EXCLUDED.department, cast_at = EXCLUDED.cast_at`,
    [vote.rootCauseId, vote.memberId, vote.cause, vote.department, vote.castAt],
  );
}

/** Identifies the root cause if it is still under review; undefined when something else decided first. */
export async function identifyRootCause(
  db: Db,
  rootCauseId: string,
  decision: Decision,
  now: Date,
): Promise<{ complaintCount: number } | undefined> {
  const [updated] = returnedRows<{ complaintCount: number }>(
    await db.query(
      `UPDATE triage.root_causes SET status = 'identified', cause = $2, department = $3, decided_by = $4, identified_at = $5
       WHERE id = $1 AND status = 'under-review'
       RETURNING complaint_count AS "complaintCount"`,
      [rootCauseId, decision.cause, decision.department, decision.decidedBy, now],
    ),
  );
  return updated;
}

/** A root cause under review with its pending review deadline (the timer of `deadlineKind`). */
export async function underReviewWithDeadline(
  db: Db,
  rootCauseId: string,
  deadlineKind: string,
): Promise<{ id: string; category: string; touchpoint: string; review_due_at: Date } | undefined> {
  const [rootCause]: { id: string; category: string; touchpoint: string; review_due_at: Date }[] = await db.query(
    `SELECT r.id, r.category, r.touchpoint, t.due_at AS review_due_at
     FROM triage.root_causes r JOIN triage.timers t ON t.subject_id = r.id::text AND t.kind = $2 AND t.status = 'pending'
     WHERE r.id = $1 AND r.status = 'under-review'`,
    [rootCauseId, deadlineKind],
  );
  return rootCause;
}

/** Marks an open root cause resolved; false when it is not open here. */
export async function resolveRootCause(db: Db, rootCauseId: string, resolvedAt: string): Promise<boolean> {
  const resolved = returnedRows<{ id: string }>(
    await db.query(
      `UPDATE triage.root_causes SET status = 'resolved', resolved_at = $2 WHERE id = $1 AND status IN ('under-review', 'identified') RETURNING id`,
      [rootCauseId, resolvedAt],
    ),
  );
  return resolved.length > 0;
}

/**
 * Opens the root cause of a complaint's category and touchpoint or counts the complaint into the open one, in one
 * statement; xmax = 0 only on a freshly inserted row.
 */
export async function fileUnderOpenRootCause(
  db: Db,
  opening: {
    id: string;
    category: string;
    touchpoint: string;
    suggestedCause: string;
    suggestedDepartment: string;
    impact: number;
    openedAt: Date;
    reviewDueAt: Date;
  },
): Promise<{ id: string; opened: boolean }> {
  const [rootCause]: { id: string; opened: boolean }[] = await db.query(
    `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, complaint_count, impact,
       opened_at, review_due_at)
     VALUES ($1, $2, $3, 'under-review', $4, $5, 1, $6, $7, $8)
     ON CONFLICT (category, touchpoint) WHERE status IN ('under-review', 'identified')
     DO UPDATE SET complaint_count = root_causes.complaint_count + 1, impact = root_causes.impact + EXCLUDED.impact
     RETURNING id, (xmax = 0) AS opened`,
    [
      opening.id,
      opening.category,
      opening.touchpoint,
      opening.suggestedCause,
      opening.suggestedDepartment,
      opening.impact,
      opening.openedAt,
      opening.reviewDueAt,
    ],
  );
  return rootCause;
}

/** The open root cause (under review or identified) of a category and touchpoint, read without a lock. */
export async function openRootCauseOf(db: Db, category: string, touchpoint: string): Promise<string | undefined> {
  const [open]: { id: string }[] = await db.query(
    `SELECT id FROM triage.root_causes WHERE category = $1 AND touchpoint = $2 AND status IN ('under-review', 'identified')`,
    [category, touchpoint],
  );
  return open?.id;
}

/** Complaints and impact to add to root causes, by root cause id. */
export type CountsToAdd = Map<string, { count: number; impact: number }>;

/**
 * Adds complaints to root causes that are still open, locking them in id order (two batches adding to the same
 * two cannot deadlock); returns the ids added to, which leave out any that closed or merged meanwhile.
 */
export async function addToOpenCounts(db: Db, counts: CountsToAdd): Promise<Set<string>> {
  const ids = [...counts.keys()];
  const added = returnedRows<{ id: string }>(
    await db.query(
      `WITH locked AS (
         SELECT id FROM triage.root_causes WHERE id = ANY($1::uuid[]) AND status IN ('under-review', 'identified')
         ORDER BY id FOR NO KEY UPDATE
       )
       UPDATE triage.root_causes r SET complaint_count = r.complaint_count + d.count, impact = r.impact + d.impact
       FROM unnest($1::uuid[], $2::int[], $3::int[]) AS d(id, count, impact), locked
       WHERE r.id = d.id AND locked.id = d.id
       RETURNING r.id`,
      [ids, ids.map((id) => counts.get(id)!.count), ids.map((id) => counts.get(id)!.impact)],
    ),
  );
  return new Set(added.map((row) => row.id));
}

/** Opens an empty root cause for a cluster, or finds the open one of its category and touchpoint. */
export async function openEmptyRootCause(
  db: Db,
  opening: {
    id: string;
    category: string;
    touchpoint: string;
    suggestedCause: string;
    suggestedDepartment: string;
    openedAt: Date;
    reviewDueAt: Date;
  },
): Promise<{ id: string; opened: boolean }> {
  const [rootCause]: { id: string; opened: boolean }[] = await db.query(
    `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, complaint_count, impact,
       opened_at, review_due_at)
     VALUES ($1, $2, $3, 'under-review', $4, $5, 0, 0, $6, $7)
     ON CONFLICT (category, touchpoint) WHERE status IN ('under-review', 'identified')
     DO UPDATE SET complaint_count = root_causes.complaint_count
     RETURNING id, (xmax = 0) AS opened`,
    [
      opening.id,
      opening.category,
      opening.touchpoint,
      opening.suggestedCause,
      opening.suggestedDepartment,
      opening.openedAt,
      opening.reviewDueAt,
    ],
  );
  return rootCause;
}

/** The latest root cause of this category and touchpoint resolved at or before `receivedAt`, within the window. */
export async function latestResolvedWithin(
  db: Db,
  category: string,
  touchpoint: string,
  receivedAt: Date,
  windowMs: number,
): Promise<RecurredCause | undefined> {
  const [resolved]: RecurredCause[] = await db.query(
    `SELECT id, coalesce(cause, suggested_cause) AS cause, coalesce(department, suggested_department) AS department
     FROM triage.root_causes
     WHERE category = $1 AND touchpoint = $2 AND status = 'resolved' AND resolved_at <= $3 AND resolved_at > $3 - make_interval(secs => $4)
     ORDER BY resolved_at DESC LIMIT 1`,
    [category, touchpoint, receivedAt, windowMs / 1000],
  );
  return resolved;
}

/** Marks a root cause as the return of a resolved one, starting from its decision. */
export async function markRecurrence(db: Db, rootCauseId: string, resolved: RecurredCause): Promise<void> {
  await db.query(
    `UPDATE triage.root_causes SET recurrence_of = $2, suggested_cause = $3, suggested_department = $4 WHERE id = $1`,
    [rootCauseId, resolved.id, resolved.cause, resolved.department],
  );
}

export async function markMerged(db: Db, rootCauseId: string, into: string, at: Date): Promise<void> {
  await db.query(`UPDATE triage.root_causes SET status = 'merged', merged_into = $2, merged_at = $3 WHERE id = $1`, [
    rootCauseId,
    into,
    at,
  ]);
}

/** Marks a root cause merged into another if it has no complaints left; says whether it did. */
export async function mergeIfEmpty(db: Db, rootCauseId: string, into: string, at: Date): Promise<boolean> {
  const retired = returnedRows(
    await db.query(
      `UPDATE triage.root_causes SET status = 'merged', merged_into = $2, merged_at = $3 WHERE id = $1 AND complaint_count = 0 RETURNING id`,
      [rootCauseId, into, at],
    ),
  );
  return retired.length > 0;
}

/** Takes complaints (and their impact) out of a root cause's counts. */
export async function takeFromCounts(db: Db, rootCauseId: string, count: number, impact: number): Promise<void> {
  await db.query(
    `UPDATE triage.root_causes SET complaint_count = complaint_count - $2, impact = impact - $3 WHERE id = $1`,
    [rootCauseId, count, impact],
  );
}

/** Adds complaints (and their impact) to a root cause's counts. */
export async function addToCounts(db: Db, rootCauseId: string, count: number, impact: number): Promise<void> {
  await db.query(
    `UPDATE triage.root_causes SET complaint_count = complaint_count + $2, impact = impact + $3 WHERE id = $1`,
    [rootCauseId, count, impact],
  );
}

/** Moves one complaint of this dissatisfaction from one root cause's counts to another's. */
export async function moveOneCount(db: Db, fromId: string, toId: string, dissatisfaction: string): Promise<void> {
  const weight = `CASE $2::text WHEN 'outraged' THEN 3 WHEN 'upset' THEN 2 ELSE 1 END`;
  await db.query(
    `UPDATE triage.root_causes SET complaint_count = complaint_count - 1, impact = impact - ${weight} WHERE id = $1`,
    [fromId, dissatisfaction],
  );
  await db.query(
    `UPDATE triage.root_causes SET complaint_count = complaint_count + 1, impact = impact + ${weight} WHERE id = $1`,
    [toId, dissatisfaction],
  );
}

/** Follows `merged_into` from a root cause to the one at the end of its chain (at most 100 steps). */
export async function endOfMergeChain(db: Db, rootCauseId: string): Promise<string | undefined> {
  const [row]: { id: string }[] = await db.query(
    `WITH RECURSIVE chain (id, merged_into, depth) AS (
       SELECT id, merged_into, 0 FROM triage.root_causes WHERE id = $1
       UNION ALL
       SELECT r.id, r.merged_into, chain.depth + 1 FROM triage.root_causes r JOIN chain ON r.id = chain.merged_into WHERE chain.depth < 100)
     SELECT id FROM chain WHERE merged_into IS NULL`,
    [rootCauseId],
  );
  return row?.id;
}

/** Marks the root cause for the agenda: a spike of its category was detected. */
export async function markSpike(db: Db, rootCauseId: string, at: Date): Promise<void> {
  await db.query(`UPDATE triage.root_causes SET spike_detected_at = $2 WHERE id = $1`, [rootCauseId, at]);
}
