import { EventEnvelope, topicFor } from '@redress/contracts';
import { EntityManager } from 'typeorm';

/** Writes events as outbox rows inside the caller's transaction; the relay publishes them after commit. */
export async function appendToOutbox(manager: EntityManager, schema: string, events: EventEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event, index) => {
    values.push(event.id, event.type, topicFor(event.type), event.key, JSON.stringify(event));
    const p = index * 5;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5})`;
  });
  await manager.query(
    `INSERT INTO "${schema}".outbox (event_id, event_type, topic, message_key, payload) VALUES ${rows.join(', ')}`,
    values,
  );
}

/**
 * Queues again what the relay sent in the last `minutes` before its latest send. The embedded broker keeps its
 * topics in memory, so events published just before a stop and not yet consumed would be lost with it; the
 * consumers' inboxes drop the ones they had already applied. Returns how many events were queued.
 */
export async function requeueLastSent(manager: EntityManager, schema: string, minutes = 10): Promise<number> {
  // TypeORM answers an UPDATE with [rows, affected count].
  const [, count]: [unknown, number] = await manager.query(
    `UPDATE "${schema}".outbox SET sent_at = NULL
     WHERE sent_at >= (SELECT max(sent_at) FROM "${schema}".outbox) - make_interval(mins => $1)`,
    [minutes],
  );
  return count;
}
