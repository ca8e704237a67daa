import { Counter } from 'prom-client';

/** Process-wide, in prom-client's default registry, which `/metrics` serves. Counters only: they sit on the hot path. */
export const eventsConsumed = new Counter({
  name: 'redress_events_consumed_total',
  help: 'Consumed messages by event type and result (applied, duplicate, retried, dead-lettered, malformed, invalid, unhandled)',
  labelNames: ['type', 'result'] as const,
});

export const eventsProduced = new Counter({
  name: 'redress_events_produced_total',
  help: 'Events the outbox relay published, by event type',
  labelNames: ['type'] as const,
});

/** Counts a published batch with one increment per type. */
export function countProduced(types: string[]): void {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const [type, count] of counts) eventsProduced.inc({ type }, count);
}
