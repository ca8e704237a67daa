import { CustomerIdentity, redactText } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { FEED_COPIES, feedCopiesPage, rewriteFeedCopies } from '../../persistence/feed-copy.store';

/** Rows of one table read and rewritten at a time. */
const BATCH = 500;

/**
 * Redacts the copies of these complaints' timeline entries (FEED_COPIES: the change feed waiting to be numbered, the
 * numbered feed and the subscription deliveries made from it; pending ones are still sent, redacted). Whatever names
 * the customer there (their phone, email, name or form of address, or what the erasure request named) becomes
 * `[erased]`; the rest stays, so a client's feed and delivery history keep their order and positions. In bounded
 * batches (keyset pages of BATCH rows per table), in the caller's transaction; rows that name nobody are left
 * untouched, so erasing again changes nothing. Returns how many changed.
 */
export async function eraseFeedCopies(
  tx: Transaction,
  clientSystemId: string,
  identities: Map<string, CustomerIdentity[]>,
): Promise<number> {
  const ids = [...identities.keys()];
  let changed = 0;
  for (const copies of FEED_COPIES) {
    for (let after = ''; ;) {
      const rows = await feedCopiesPage(tx.manager, copies, { complaintIds: ids, clientSystemId, after, limit: BATCH });
      const redacted = rows.flatMap((row) => {
        const identity = identities.get(row.complaint_id) ?? [];
        const summary = redactAll(row.summary, identity);
        const details = redactJson(row.details, identity);
        return summary === row.summary && JSON.stringify(details) === JSON.stringify(row.details)
          ? []
          : [{ key: row.key, summary, details: JSON.stringify(details) }];
      });
      if (redacted.length > 0) await rewriteFeedCopies(tx.manager, copies, redacted);
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
