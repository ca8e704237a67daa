import { Db } from './department.store';

/**
 * The SQL of `escalation.root_cause_complaints`: how many complaints each root cause has, counted from
 * `rootcause.complaint-linked` (events about a root cause carry its count, never its complaint ids).
 */

/** One more complaint for the root cause. */
export async function countLinked(db: Db, rootCauseId: string): Promise<void> {
  await db.query(
    `INSERT INTO escalation.root_cause_complaints (root_cause_id, complaint_count) VALUES ($1, 1)
     ON CONFLICT (root_cause_id) DO UPDATE SET complaint_count = root_cause_complaints.complaint_count + 1`,
    [rootCauseId],
  );
}

/** One fewer for the root cause a complaint left (on a move or merge), never below none. */
export async function countUnlinked(db: Db, rootCauseId: string): Promise<void> {
  await db.query(
    `INSERT INTO escalation.root_cause_complaints (root_cause_id, complaint_count) VALUES ($1, 0)
     ON CONFLICT (root_cause_id) DO UPDATE SET complaint_count = GREATEST(root_cause_complaints.complaint_count - 1, 0)`,
    [rootCauseId],
  );
}
