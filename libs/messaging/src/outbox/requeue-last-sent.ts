import { EntityManager } from 'typeorm';

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
