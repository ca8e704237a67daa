import { Channel } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { returnedRows } from '../../persistence/rows';

export interface ResendFilter {
  /** Only messages failed at or after this instant. */
  since?: Date;
  channel?: Channel;
}

/**
 * Puts failed notifications back to `scheduled`, due now, with a fresh give-up clock and attempt count; the
 * delivery worker sends them on its next poll (an email or SMS only inside the customer's contact window). A message
 * already replaced by one on the customer's other channel is left alone: the replacement is resent if it failed too.
 * Returns how many; a second run finds none (they are no longer failed).
 */
export async function resendFailed(db: DataSource, filter: ResendFilter = {}): Promise<number> {
  const result = await db.query(
    `UPDATE notifier.notifications n
     SET status = 'scheduled', due_at = now(), age_from = now(), attempts = 0, failed_at = NULL, lease_token = NULL
     WHERE status = 'failed' AND ($1::timestamptz IS NULL OR failed_at >= $1) AND ($2::text IS NULL OR channel = $2)
       AND NOT EXISTS (SELECT 1 FROM notifier.notifications f WHERE f.fallback_of = n.id)
       -- an erased customer's messages have no recipient any more, and are not to be sent
       AND n.recipient IS NOT NULL
     RETURNING n.id`,
    [filter.since ?? null, filter.channel ?? null],
  );
  return returnedRows(result).length;
}
