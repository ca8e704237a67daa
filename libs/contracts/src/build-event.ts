import { randomUUID } from 'node:crypto';
import { EnvelopeInput } from './event-input';
import { eventVersion } from './event-payloads';
import { EventType, ServiceName } from './event-types';
import { EventEnvelope } from './envelope';

/** The one way to make an event. Correlation defaults to the key, the time to now. */
export function buildEvent<T extends EventType>(source: ServiceName, input: EnvelopeInput<T>): EventEnvelope<T> {
  return {
    id: input.id ?? randomUUID(),
    type: input.type,
    version: eventVersion(input.type),
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    source,
    key: input.key,
    correlationId: input.correlationId ?? input.key,
    ...(input.causationId ? { causationId: input.causationId } : {}),
    data: input.data,
  };
}
