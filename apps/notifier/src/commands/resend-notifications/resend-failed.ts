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
       -- an erased customer's messages are not to be sent (recipients are asked of intake at send time: ADR 0009)
       AND NOT EXISTS (SELECT 1 FROM notifier.complaints c WHERE c.id = n.complaint_id AND c.erased_at IS NOT NULL)
       AND n.last_error IS DISTINCT FROM 'customer data erased'
     RETURNING n.id`,
    [filter.since ?? null, filter.channel ?? null],
  );
  return returnedRows(result).length;
}
