import { Channel } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { rescheduleFailed } from '../../persistence/notification.store';

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
  return rescheduleFailed(db, filter.since ?? null, filter.channel ?? null);
}
