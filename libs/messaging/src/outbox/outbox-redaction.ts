import { EventType } from '@redress/contracts';
import { EntityManager } from 'typeorm';

/**
 * Takes fields out of the outbox copies of events (sent or not) about the given aggregates: erasing a customer must
 * reach the outbox too, which keeps sent rows. A row not yet sent then goes out without them. `paths` are paths in
 * the envelope, such as ['data', 'phone']. Returns how many rows were rewritten.
 */
export async function stripFromOutbox(
  manager: EntityManager,
  schema: string,
  { types, keys, paths }: { types: EventType[]; keys: string[]; paths: string[][] },
): Promise<number> {
  if (keys.length === 0 || paths.length === 0) return 0;
  const removals = paths.map((_, index) => ` #- $${index + 3}::text[]`).join('');
  const [, count]: [unknown, number] = await manager.query(
    `UPDATE "${schema}".outbox SET payload = (payload::jsonb${removals})::json
     WHERE event_type = ANY($1) AND message_key = ANY($2)`,
    [types, keys, ...paths],
  );
  return count;
}
