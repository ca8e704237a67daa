import { Db } from './department.store';

/**
 * The SQL of `escalation.root_cause_complaints`: how many complaints each root cause has, counted from
 * `rootcause.complaint-linked` (events about a root cause carry its count, never its complaint ids).
 */

/**
 * Adds each root cause's change in complaints (a link +1, a move or merge away -1), never below none, locking the
 * rows in id order so that two batches adding to the same root causes cannot deadlock.
 */
export async function addLinkedCounts(db: Db, changes: Map<string, number>): Promise<void> {
  const ids = [...changes.keys()].sort();
  await db.query(
    `INSERT INTO escalation.root_cause_complaints (root_cause_id, complaint_count)
     SELECT id, 0 FROM unnest($1::uuid[]) AS id ORDER BY id ON CONFLICT (root_cause_id) DO NOTHING`,
    [ids],
  );
  await db.query(
    `WITH locked AS (
       SELECT root_cause_id FROM escalation.root_cause_complaints WHERE root_cause_id = ANY($1::uuid[])
       ORDER BY root_cause_id FOR NO KEY UPDATE
     )
     UPDATE escalation.root_cause_complaints c SET complaint_count = GREATEST(c.complaint_count + d.change, 0)
     FROM unnest($1::uuid[], $2::int[]) AS d(id, change), locked
     WHERE c.root_cause_id = d.id AND locked.root_cause_id = d.id`,
    [ids, ids.map((id) => changes.get(id))],
  );
}
