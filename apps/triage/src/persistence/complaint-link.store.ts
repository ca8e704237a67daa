import { Dissatisfaction } from '@redress/contracts';
import { ClusterCandidate } from '../domain/cluster';
import { Db } from './committee.store';
import { returnedRows } from './query-results';

/**
 * The SQL of complaints as triage links them to root causes (`triage.complaint_links`), with the words clusters are
 * found by, and of the complaints whose customers were erased (`triage.erased_complaints`).
 */
export async function insertLink(
  db: Db,
  link: {
    complaintId: string;
    rootCauseId: string;
    dissatisfaction: string;
    category: string;
    receivedAt: string;
    linkedAt: Date;
    excerpt: string | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, category, received_at, linked_at, excerpt)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      link.complaintId,
      link.rootCauseId,
      link.dissatisfaction,
      link.category,
      link.receivedAt,
      link.linkedAt,
      link.excerpt,
    ],
  );
}

export async function isErased(db: Db, complaintId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT FROM triage.erased_complaints WHERE complaint_id = $1`, [complaintId]);
  return rows.length > 0;
}

/**
 * Remembers these complaints as erased (for a complaint.received still on its way) and erases the customer's words
 * kept of them; returns how many links held words to erase.
 */
export async function eraseWords(db: Db, complaintIds: string[]): Promise<number> {
  await db.query(
    `INSERT INTO triage.erased_complaints (complaint_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
    [complaintIds],
  );
  const [, held]: [unknown, number] = await db.query(
    `UPDATE triage.complaint_links SET excerpt = NULL, words = NULL WHERE complaint_id = ANY($1)`,
    [complaintIds],
  );
  return held;
}

export async function rootCauseOfComplaint(db: Db, complaintId: string): Promise<string | undefined> {
  const [current]: { rootCauseId: string }[] = await db.query(
    `SELECT root_cause_id AS "rootCauseId" FROM triage.complaint_links WHERE complaint_id = $1`,
    [complaintId],
  );
  return current?.rootCauseId;
}

export async function lockLink(
  db: Db,
  complaintId: string,
): Promise<{ rootCauseId: string; dissatisfaction: string } | undefined> {
  const [link]: { rootCauseId: string; dissatisfaction: string }[] = await db.query(
    `SELECT root_cause_id AS "rootCauseId", dissatisfaction FROM triage.complaint_links WHERE complaint_id = $1 FOR UPDATE`,
    [complaintId],
  );
  return link;
}

export async function relinkComplaint(
  db: Db,
  complaintId: string,
  rootCauseId: string,
  category: string,
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE triage.complaint_links SET root_cause_id = $2, category = $3, linked_at = $4 WHERE complaint_id = $1`,
    [complaintId, rootCauseId, category, at],
  );
}

/** The next `limit` links of a root cause, oldest first, locked. */
export function lockLinksOf(
  db: Db,
  rootCauseId: string,
  limit: number,
): Promise<{ complaintId: string; dissatisfaction: string }[]> {
  return db.query(
    `SELECT complaint_id AS "complaintId", dissatisfaction FROM triage.complaint_links
     WHERE root_cause_id = $1 ORDER BY linked_at, complaint_id LIMIT ${limit} FOR UPDATE`,
    [rootCauseId],
  );
}

/** Relinks these complaints; returns how many moved and their impact (outraged 3, upset 2, else 1). */
export async function relinkComplaints(
  db: Db,
  complaintIds: string[],
  target: { id: string; category: string },
  at: Date,
): Promise<{ count: number; impact: number }> {
  const [moved]: { count: number; impact: number }[] = await db.query(
    `WITH moved AS (
       UPDATE triage.complaint_links SET root_cause_id = $2, category = $3, linked_at = $4
       WHERE complaint_id = ANY($1::uuid[]) RETURNING dissatisfaction)
     SELECT count(*)::int AS count,
            coalesce(sum(CASE dissatisfaction WHEN 'outraged' THEN 3 WHEN 'upset' THEN 2 ELSE 1 END), 0)::int AS impact
     FROM moved`,
    [complaintIds, target.id, target.category, at],
  );
  return moved;
}

/** Relinks the complaints of a cluster still under `fromId`; returns the moved ones. */
export async function relinkCluster(
  db: Db,
  complaintIds: string[],
  target: { id: string; category: string },
  at: Date,
  fromId: string,
): Promise<{ complaint_id: string; dissatisfaction: Dissatisfaction; received_at: Date }[]> {
  return returnedRows(
    await db.query(
      `UPDATE triage.complaint_links SET root_cause_id = $2, category = $3, linked_at = $4
       WHERE complaint_id = ANY($1::uuid[]) AND root_cause_id = $5
       RETURNING complaint_id, dissatisfaction, received_at`,
      [complaintIds, target.id, target.category, at, fromId],
    ),
  );
}

export async function setWords(db: Db, complaintId: string, words: string[]): Promise<void> {
  await db.query(`UPDATE triage.complaint_links SET words = $2 WHERE complaint_id = $1`, [complaintId, words]);
}

/** Complaints under a root cause received since `since` that share a word with `words`, newest first. */
export function clusterCandidates(
  db: Db,
  rootCauseId: string,
  words: string[],
  since: Date,
  exceptComplaintId: string,
  limit: number,
): Promise<ClusterCandidate[]> {
  return db.query(
    `SELECT complaint_id AS "complaintId", words FROM triage.complaint_links
     WHERE root_cause_id = $1 AND words && $2::text[] AND received_at > $3 AND complaint_id <> $4
     ORDER BY received_at DESC LIMIT ${limit}`,
    [rootCauseId, words, since, exceptComplaintId],
  );
}

/** Complaints of the category at the touchpoint received in each window (start and length in ms), in order. */
export async function inflowCounts(
  db: Db,
  category: string,
  touchpoint: string,
  windows: { start: number; length: number }[],
): Promise<number[]> {
  const rows: { n: number }[] = await db.query(
    `SELECT (SELECT count(*)::int FROM triage.complaint_links l JOIN triage.root_causes r ON r.id = l.root_cause_id
             WHERE l.category = $1 AND r.touchpoint = $2 AND l.received_at >= w.start AND l.received_at < w.start + w.length * interval '1 millisecond') AS n
     FROM unnest($3::timestamptz[], $4::float8[]) WITH ORDINALITY AS w(start, length, position) ORDER BY w.position`,
    [category, touchpoint, windows.map((window) => new Date(window.start)), windows.map((window) => window.length)],
  );
  return rows.map((row) => row.n);
}
