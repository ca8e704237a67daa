import { Counter, Gauge } from 'prom-client';

/** Process-wide, in prom-client's default registry, which `/metrics` serves. Cheap updates only: they sit on the hot path. */
export const eventsConsumed = new Counter({
  name: 'redress_events_consumed_total',
  help: 'Consumed messages by event type and result (applied, duplicate, retried, held, dead-lettered, malformed, invalid, unhandled)',
  labelNames: ['type', 'result'] as const,
});

export const eventsProduced = new Counter({
  name: 'redress_events_produced_total',
  help: 'Events the outbox relay published, by event type',
  labelNames: ['type'] as const,
});

export const eventsParked = new Counter({
  name: 'redress_outbox_events_parked_total',
  help: 'Outbox events the relay parked unpublished, by event type and reason (too-large: the broker refused the event alone)',
  labelNames: ['type', 'reason'] as const,
});

/** Counts a published batch with one increment per type. */
export function countProduced(types: string[]): void {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const [type, count] of counts) eventsProduced.inc({ type }, count);
}

/**
 * Messages on a partition not yet applied by this consumer, as of its latest batch (the broker's high watermark
 * minus the next offset to apply): the backlog an alert on a slow or stuck consumer looks at.
 */
export const consumerLag = new Gauge({
  name: 'redress_consumer_lag_messages',
  help: 'Messages waiting on a partition behind this consumer, as of its latest batch',
  labelNames: ['topic', 'partition'] as const,
});

export function recordLag(topic: string, partition: number, highWatermark: string, appliedOffset: string): void {
  consumerLag.set(
    { topic, partition: String(partition) },
    Math.max(0, Number(highWatermark) - Number(appliedOffset) - 1),
  );
}
