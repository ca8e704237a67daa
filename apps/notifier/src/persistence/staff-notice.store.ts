import { Db } from './rows';

/** A notice to insert: `status` queued (sent at once) or held (for the person's digest at `digest_due_at`). */
export interface NewStaffNotice {
  id: string;
  person: string;
  kind: string;
  causeEventId: string;
  subject: string;
  body: string;
  link: string;
  delivery: string;
  status: 'queued' | 'held';
  digestDueAt: Date | null;
  now: Date;
}

/** The SQL of staff notices (`notifier.staff_notices`). One per person, kind and causing event: false when it was there. */
export async function insertStaffNotice(db: Db, notice: NewStaffNotice): Promise<boolean> {
  const inserted: { id: string }[] = await db.query(
    `INSERT INTO notifier.staff_notices (id, person, kind, cause_event_id, subject, body, link, delivery, status, digest_due_at, created_at, queued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $9 = 'queued' THEN $11::timestamptz END)
         ON CONFLICT (cause_event_id, person, kind) DO NOTHING RETURNING id`,
    [
      notice.id,
      notice.person,
      notice.kind,
      notice.causeEventId,
      notice.subject,
      notice.body,
      notice.link,
      notice.delivery,
      notice.status,
      notice.digestDueAt,
      notice.now,
    ],
  );
  return inserted.length > 0;
}

/** The earliest hour any of the person's held notices waits for, or null. */
export async function earliestHeldDigest(db: Db, person: string): Promise<Date | null> {
  const [{ due }]: { due: Date | null }[] = await db.query(
    `SELECT min(digest_due_at) AS due FROM notifier.staff_notices WHERE person = $1 AND status = 'held'`,
    [person],
  );
  return due;
}

/** The person's held notices due by now (the database's clock), oldest first, locked. */
export function lockDueHeldNotices(
  db: Db,
  person: string,
  limit: number,
): Promise<{ id: string; subject: string; body: string; link: string }[]> {
  return db.query(
    `SELECT id, subject, body, link FROM notifier.staff_notices
       WHERE person = $1 AND status = 'held' AND digest_due_at <= now() ORDER BY created_at, id LIMIT $2 FOR UPDATE`,
    // The database's clock, as the timer's: a JS Date drops the microseconds a stored instant may carry.
    [person, limit],
  );
}

export async function markNoticesQueued(db: Db, ids: string[], at: Date): Promise<void> {
  await db.query(`UPDATE notifier.staff_notices SET status = 'queued', queued_at = $2 WHERE id = ANY($1::uuid[])`, [
    ids,
    at,
  ]);
}
