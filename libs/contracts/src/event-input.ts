import { EventData } from './event-payloads';
import { EventType } from './event-types';

/** What a producer states about an event; buildEvent fills in the rest. */
export interface EnvelopeInput<T extends EventType> {
  type: T;
  key: string;
  data: EventData<T>;
  correlationId?: string;
  causationId?: string;
  occurredAt?: Date;
  /** Fixed ids make an event reproducible (tests, replays); normally left out. */
  id?: string;
}
