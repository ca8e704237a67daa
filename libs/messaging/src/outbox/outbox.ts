import { EventEnvelope, topicFor } from '@redress/contracts';
import { EntityManager } from 'typeorm';

/** Writes events as outbox rows inside the caller's transaction; the relay publishes them after commit. */
export async function appendToOutbox(manager: EntityManager, schema: string, events: EventEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  const insert = outboxInsert(schema, events);
  await manager.query(insert.sql, insert.params);
}

/**
 * The statement that writes `events` to the outbox, in order, with one parameter (numbered `firstParam`) holding
 * them all as JSON: one parameter instead of five per event spares both sides most of the per-value work on large
 * batches, and the payload column keeps each event's JSON text as it is, for the relay to send unchanged. A hot
 * path can make it one part of a single statement with its state change; `onlyIf` is an SQL condition that must
 * hold for an event to be written (`row.id` is the event's id).
 */
export function outboxInsert(
  schema: string,
  events: EventEnvelope[],
  { firstParam = 1, onlyIf }: { firstParam?: number; onlyIf?: string } = {},
): { sql: string; params: unknown[] } {
  const rows = events.map((event) => ({
    id: event.id,
    type: event.type,
    topic: topicFor(event.type),
    key: event.key,
    event,
  }));
  return {
    sql: `INSERT INTO "${schema}".outbox (event_id, event_type, topic, message_key, payload)
      SELECT row.id, row.type, row.topic, row.key, row.event
      FROM ROWS FROM (json_to_recordset($${firstParam}::json) AS (id uuid, type text, topic text, key text, event json))
        WITH ORDINALITY AS row(id, type, topic, key, event, position)
      ${onlyIf ? `WHERE ${onlyIf}` : ''}
      ORDER BY row.position`,
    params: [JSON.stringify(rows)],
  };
}
