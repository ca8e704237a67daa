import { Db } from './rows';

/** The SQL of status links (`notifier.status_links`): each message's link to its complaint's page, kept as a hash. */
/** The complaint a link opens, unless its complaint closed more than `ttlMs` ago. */
export async function complaintOfLink(db: Db, tokenHash: string, ttlMs: number): Promise<string | null> {
  const [row]: { complaint_id: string }[] = await db.query(
    `SELECT l.complaint_id FROM notifier.status_links l JOIN notifier.complaints c ON c.id = l.complaint_id
       WHERE l.token_hash = $1 AND (c.closed_at IS NULL OR c.closed_at > now() - $2 * interval '1 millisecond')`,
    [tokenHash, ttlMs],
  );
  return row?.complaint_id ?? null;
}
