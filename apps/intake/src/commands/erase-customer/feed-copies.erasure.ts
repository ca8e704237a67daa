import { CustomerIdentity, redactText } from '@redress/contracts';
import { Transaction } from '@redress/messaging';

/** Rows of one table read and rewritten at a time. */
const BATCH = 500;

/**
 * The copies of a complaint's timeline entries (summary and details) beyond the timeline itself: the change feed
 * waiting to be numbered, the numbered feed, and the subscription deliveries made from it (pending ones are still
 * sent, redacted). Whatever names the customer there (their phone, email, name or form of address, or what the
 * erasure request named) becomes `[erased]`; the rest stays, so a client's feed and delivery history keep their
 * order and positions.
 */
const COPIES = [
  { table: 'intake.complaint_events', key: 'event_id::text' },
  { table: 'intake.pending_changes', key: 'id::text' },
  { table: 'intake.client_changes', key: 'position::text' },
  { table: 'intake.webhook_deliveries', key: 'id::text' },
] as const;

interface Copy {
  key: string;
  complaint_id: string;
  summary: string;
  details: unknown;
}

/**
 * Redacts the copies of these complaints in bounded batches (keyset pages of BATCH rows per table), in the caller's
 * transaction; rows that name nobody are left untouched, so erasing again changes nothing. Returns how many changed.
 */
export async function eraseFeedCopies(
  tx: Transaction,
  clientSystemId: string,
  identities: Map<string, CustomerIdentity[]>,
): Promise<number> {
  const ids = [...identities.keys()];
  let changed = 0;
  for (const { table, key } of COPIES) {
    // complaint_events and pending_changes belong to the complaints; the others to the client system too.
    const ofClient = table === 'intake.client_changes' || table === 'intake.webhook_deliveries';
    for (let after = ''; ;) {
      const rows = (await tx.manager.query(
        `SELECT ${key} AS key, complaint_id, summary, details FROM ${table}
         WHERE complaint_id = ANY($1::uuid[]) AND ${key} > $2 ${ofClient ? 'AND client_system_id = $4' : ''}
         ORDER BY ${key} LIMIT $3`,
        ofClient ? [ids, after, BATCH, clientSystemId] : [ids, after, BATCH],
      )) as Copy[];
      const redacted = rows.flatMap((row) => {
        const identity = identities.get(row.complaint_id) ?? [];
        const summary = redactAll(row.summary, identity);
        const details = redactJson(row.details, identity);
        return summary === row.summary && JSON.stringify(details) === JSON.stringify(row.details)
          ? []
          : [{ key: row.key, summary, details: JSON.stringify(details) }];
      });
      if (redacted.length > 0)
        await tx.manager.query(
          `UPDATE ${table} t SET summary = r.summary, details = r.details::jsonb
           FROM unnest($1::text[], $2::text[], $3::text[]) AS r(key, summary, details) WHERE t.${key} = r.key`,
          [redacted.map((row) => row.key), redacted.map((row) => row.summary), redacted.map((row) => row.details)],
        );
      changed += redacted.length;
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].key;
    }
  }
  return changed;
}

function redactAll(text: string, identities: CustomerIdentity[]): string {
  return identities.reduce((redacted, identity) => redactText(redacted, identity), text);
}

/** Every string in a JSON value, redacted; keys and structure kept. */
function redactJson(value: unknown, identity: CustomerIdentity[]): unknown {
  if (typeof value === 'string') return redactAll(value, identity);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, identity));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactJson(item, identity)]));
  return value;
}
