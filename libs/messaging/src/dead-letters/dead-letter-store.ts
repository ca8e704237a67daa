import { deadLetterTopic, ServiceName, topicPrefix } from '@redress/contracts';
import { Kafka, Partitioners } from 'kafkajs';
import { DeadLetterHeader } from '../inbox/dead-letters';
import { readTopic, TopicMessage } from './read-topic';
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

const DEAD_LETTER_HEADERS = new Set<string>(Object.values(DeadLetterHeader));

/**
 * The dead letters of one service, and their replay. Replay republishes a dead letter to the topic and partition
 * it was consumed from, then appends a replay marker (`x-replay-of: <partition>:<offset>`) to the dead-letter topic
 * itself. So the topic alone records what was parked and what was replayed: `--id` replays can go in any order and
 * nothing else has to be stored. A crash between the two writes leaves one unmarked dead letter that a later replay
 * sends again; the consumers' inbox drops an event id they applied, so its effect still happens once.
 */
export class DeadLetterStore {
  readonly topic: string;

  constructor(
    private readonly kafka: Kafka,
    readonly service: ServiceName,
    private readonly prefix = topicPrefix(),
  ) {
    this.topic = deadLetterTopic(service, prefix);
  }

  async list(): Promise<DeadLetter[]> {
    const messages = await readTopic(this.kafka, this.topic, `${this.prefix}dlq-tools.${this.service}`);
    const replayed = new Set(messages.map((message) => message.headers[ReplayHeader.ReplayOf]).filter(Boolean));
    return messages
      .filter((message) => message.headers[DeadLetterHeader.OriginalTopic] !== undefined)
      .map((message) => toDeadLetter(message, replayed.has(`${message.partition}:${message.offset}`)));
  }

  /** Republishes every dead letter not replayed yet, or only those of `eventId`; returns what it republished. */
  async replay(eventId?: string): Promise<DeadLetter[]> {
    return this.republish(
      (await this.list()).filter((letter) => !letter.replayed && (eventId === undefined || letter.eventId === eventId)),
    );
  }

  /**
   * Republishes the dead letter at `partition:offset` unless it was replayed before. Null when there is no dead
   * letter there; `replayedNow` false when an earlier replay already sent it (asking twice sends it once).
   */
  async replayAt(partition: number, offset: string): Promise<{ letter: DeadLetter; replayedNow: boolean } | null> {
    const letter = (await this.list()).find((found) => found.partition === partition && found.offset === offset);
    if (!letter) return null;
    if (letter.replayed) return { letter, replayedNow: false };
    const [replayed] = await this.republish([letter]);
    return { letter: replayed, replayedNow: true };
  }

  private async republish(chosen: DeadLetter[]): Promise<DeadLetter[]> {
    if (chosen.length === 0) return [];
    const producer = this.kafka.producer({
      idempotent: true,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    try {
      for (const letter of chosen) {
        const origin = `${letter.partition}:${letter.offset}`;
        await producer.send({
          topic: letter.originalTopic,
          acks: -1,
          messages: [
            {
              // The partition it was consumed from, so it queues behind the same key's other events as before.
              partition: letter.originalPartition,
              key: letter.key,
              value: letter.value,
              headers: { ...originalHeaders(letter.headers), [ReplayHeader.ReplayedFrom]: `${this.topic}:${origin}` },
            },
          ],
        });
        await producer.send({
          topic: this.topic,
          acks: -1,
          messages: [
            {
              partition: letter.partition,
              key: letter.key,
              value: null,
              headers: { [ReplayHeader.ReplayOf]: origin, [ReplayHeader.ReplayedAt]: new Date().toISOString() },
            },
          ],
        });
      }
    } finally {
      await producer.disconnect();
    }
    return chosen.map((letter) => ({ ...letter, replayed: true }));
  }
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

/** The message's own headers: those the dead-lettering and an earlier replay added are left out. */
function originalHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !DEAD_LETTER_HEADERS.has(name) && name !== ReplayHeader.ReplayedFrom),
  );
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
