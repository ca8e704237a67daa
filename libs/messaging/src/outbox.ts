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
