import { deadLetterTopic, ServiceName, topicPrefix } from '@redress/contracts';
import { Kafka, Partitioners } from 'kafkajs';
import { DeadLetterHeader } from '../inbox/dead-letters';
import { DeadLetter, lettersOf } from './dead-letter';
import { DeadLetterPage, DeadLetterPageQuery, readDeadLetterPage } from './dead-letter-page';
import { readTopic, TopicReader } from './read-topic';
import { ReplayHeader } from './replay-headers';

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

  /** Every dead letter on the topic, in partition and offset order. */
  async list(): Promise<DeadLetter[]> {
    return lettersOf(await readTopic(this.kafka, this.topic, this.groupPrefix));
  }

  /**
   * One page, newest first, reading only each partition's window and what follows it (readDeadLetterPage);
   * `messagesRead` is how many messages the broker sent for it.
   */
  async page(query: DeadLetterPageQuery): Promise<DeadLetterPage & { messagesRead: number }> {
    const reader = new TopicReader(this.kafka, this.topic, this.groupPrefix);
    try {
      const page = await readDeadLetterPage((ranges) => reader.read(ranges), await reader.offsets(), query);
      return { ...page, messagesRead: reader.messagesReceived };
    } finally {
      await reader.close();
    }
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
    const letter = await this.letterAt(partition, BigInt(offset));
    if (!letter) return null;
    if (letter.replayed) return { letter, replayedNow: false };
    const [replayed] = await this.republish([letter]);
    return { letter: replayed, replayedNow: true };
  }

  /** The letter at that place and whether it was replayed: read from it to its partition's end, where a marker goes. */
  private async letterAt(partition: number, offset: bigint): Promise<DeadLetter | null> {
    const reader = new TopicReader(this.kafka, this.topic, this.groupPrefix);
    try {
      const ends = (await reader.offsets()).find((found) => found.partition === partition);
      if (!ends || offset < ends.low || offset >= ends.high) return null;
      const messages = await reader.read([{ partition, from: offset, to: ends.high }]);
      return lettersOf(messages).find((letter) => letter.offset === String(offset)) ?? null;
    } finally {
      await reader.close();
    }
  }

  private get groupPrefix(): string {
    return `${this.prefix}dlq-tools.${this.service}`;
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

/** The message's own headers: those the dead-lettering and an earlier replay added are left out. */
function originalHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !DEAD_LETTER_HEADERS.has(name) && name !== ReplayHeader.ReplayedFrom),
  );
}
