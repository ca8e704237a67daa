import { EventEnvelope } from '@redress/contracts';
import { EntityManager } from 'typeorm';

/**
 * Records that `consumer` has consumed `event` in the caller's transaction.
 * Returns false when it already had: the effect happened before and must not happen again.
 */
export async function claimInbox(
  manager: EntityManager,
  schema: string,
  consumer: string,
  event: EventEnvelope,
): Promise<boolean> {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO "${schema}".inbox (event_id, consumer, event_type) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [event.id, consumer, event.type],
  );
  return claimed.length === 1;
}
