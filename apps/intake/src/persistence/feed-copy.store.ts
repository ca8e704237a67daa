import { Db } from './db';

/**
 * The copies of a complaint's timeline entries (summary and details) beyond the timeline itself: the change feed
 * waiting to be numbered, the numbered feed, and the subscription deliveries made from it; each with the key its
 * rows are paged and rewritten by.
 */
export const FEED_COPIES = [
  { table: 'intake.complaint_events', key: 'event_id::text' },
  { table: 'intake.pending_changes', key: 'id::text' },
  { table: 'intake.client_changes', key: 'position::text' },
  { table: 'intake.webhook_deliveries', key: 'id::text' },
] as const;

export type FeedCopies = (typeof FEED_COPIES)[number];

export interface FeedCopy {
  key: string;
  complaint_id: string;
  summary: string;
  details: unknown;
}

/** One keyset page of the copies of these complaints after `after`, at most `limit` rows. */
export async function feedCopiesPage(
  db: Db,
  { table, key }: FeedCopies,
  page: { complaintIds: string[]; clientSystemId: string; after: string; limit: number },
): Promise<FeedCopy[]> {
  const { complaintIds: ids, clientSystemId, after } = page;
  // complaint_events and pending_changes belong to the complaints; the others to the client system too.
  const ofClient = table === 'intake.client_changes' || table === 'intake.webhook_deliveries';
  return (await db.query(
    `SELECT ${key} AS key, complaint_id, summary, details FROM ${table}
     WHERE complaint_id = ANY($1::uuid[]) AND ${key} > $2 ${ofClient ? 'AND client_system_id = $4' : ''}
     ORDER BY ${key} LIMIT $3`,
    ofClient ? [ids, after, page.limit, clientSystemId] : [ids, after, page.limit],
  )) as FeedCopy[];
}

/** Writes the redacted summary and details (JSON text) of these copies back. */
export async function rewriteFeedCopies(
  db: Db,
  { table, key }: FeedCopies,
  redacted: { key: string; summary: string; details: string }[],
): Promise<void> {
  await db.query(
    `UPDATE ${table} t SET summary = r.summary, details = r.details::jsonb
     FROM unnest($1::text[], $2::text[], $3::text[]) AS r(key, summary, details) WHERE t.${key} = r.key`,
    [redacted.map((row) => row.key), redacted.map((row) => row.summary), redacted.map((row) => row.details)],
  );
}
