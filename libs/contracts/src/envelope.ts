import { EventData } from './event-payloads';
import { EventType, ServiceName } from './event-types';

/** What travels as the Kafka message value. The message key equals `key`. */
export interface EventEnvelope<T extends EventType = EventType> {
  id: string;
  type: T;
  version: number;
  occurredAt: string;
  source: ServiceName;
  /** The aggregate id (complaintId or rootCauseId); keeps one aggregate's events in order. */
  key: string;
  /** The complaint or root cause the story is about; logged on every line that handles it. */
  correlationId: string;
  /** The event that caused this one, if any. */
  causationId?: string;
  data: EventData<T>;
}
