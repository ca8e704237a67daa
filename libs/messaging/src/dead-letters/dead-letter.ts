import { DeadLetterHeader } from '../inbox/dead-letters';
import { TopicMessage } from './read-topic';
import { ReplayHeader } from './replay-headers';

export interface DeadLetter {
  /** Where it sits in the dead-letter topic, and when it was parked there (the broker's time, ISO-8601). */
  partition: number;
  offset: string;
  parkedAt: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  reason: string;
  error: string;
  attempts: number;
  failedAt: string;
  /** From the value, when it is an event envelope. */
  eventId: string | null;
  eventType: string | null;
  replayed: boolean;
}

/**
 * The dead letters among messages of a dead-letter topic, each marked replayed when a replay marker among the same
 * messages names it. A marker always follows its letter in the letter's partition, so messages read from a letter to
 * the end of its partition say whether it was replayed.
 */
export function lettersOf(messages: TopicMessage[]): DeadLetter[] {
  const replayed = new Set(messages.map((message) => message.headers[ReplayHeader.ReplayOf]).filter(Boolean));
  return messages
    .filter((message) => message.headers[DeadLetterHeader.OriginalTopic] !== undefined)
    .map((message) => toDeadLetter(message, replayed.has(`${message.partition}:${message.offset}`)));
}

function toDeadLetter(message: TopicMessage, replayed: boolean): DeadLetter {
  const header = (name: string) => message.headers[name] ?? '';
  const event = envelopeOf(message.value);
  return {
    partition: message.partition,
    offset: message.offset,
    parkedAt: new Date(Number(message.timestamp)).toISOString(),
    key: message.key,
    value: message.value,
    headers: message.headers,
    originalTopic: header(DeadLetterHeader.OriginalTopic),
    originalPartition: Number(header(DeadLetterHeader.OriginalPartition)),
    originalOffset: header(DeadLetterHeader.OriginalOffset),
    reason: header(DeadLetterHeader.Reason),
    error: header(DeadLetterHeader.Error),
    attempts: Number(header(DeadLetterHeader.Attempts)),
    failedAt: header(DeadLetterHeader.FailedAt),
    eventId: event.id,
    eventType: event.type,
    replayed,
  };
}

function envelopeOf(value: Buffer | null): { id: string | null; type: string | null } {
  try {
    const parsed = JSON.parse(value?.toString('utf8') ?? '') as { id?: unknown; type?: unknown };
    return {
      id: typeof parsed.id === 'string' ? parsed.id : null,
      type: typeof parsed.type === 'string' ? parsed.type : null,
    };
  } catch {
    return { id: null, type: null };
  }
}
