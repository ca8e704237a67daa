import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';

export interface TopicMessage {
  partition: number;
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** A partition's first offset still kept and the offset its next message will get. */
export interface PartitionOffsets {
  partition: number;
  low: bigint;
  high: bigint;
}

/** The messages of one partition from `from` up to, not including, `to`. */
export interface OffsetRange {
  partition: number;
  from: bigint;
  to: bigint;
}

/** How many bytes a fetch brings per partition: a range's last fetch reads at most this far past its end. */
const FETCH_BYTES_PER_PARTITION = 64 * 1024;

/**
 * Reads chosen offset ranges of one topic, as many times as asked, through one throwaway consumer group that commits
 * nothing (kafkajs cannot assign partitions without a group). The group is joined at the first read, so a reader
 * that reads nothing costs no join; every partition stays paused except those a read is filling.
 */
export class TopicReader {
  private consumer: Consumer | null = null;
  private partitions: number[] = [];
  private received = 0;
  private reading: {
    ranges: Map<number, OffsetRange>;
    messages: TopicMessage[];
    done: () => void;
    fail: (error: Error) => void;
  } | null = null;

  constructor(
    private readonly kafka: Kafka,
    readonly topic: string,
    private readonly groupPrefix: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** How many messages the broker has sent this reader, the ones a fetch brought past a range's end included. */
  get messagesReceived(): number {
    return this.received;
  }

  async offsets(): Promise<PartitionOffsets[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(this.topic).finally(() => admin.disconnect());
    this.partitions = offsets.map(({ partition }) => partition);
    return offsets
      .map(({ partition, low, high }) => ({ partition, low: BigInt(low), high: BigInt(high) }))
      .sort((a, b) => a.partition - b.partition);
  }

  /** The messages of these ranges (one per partition, of those `offsets()` named), in partition and offset order. */
  async read(asked: OffsetRange[]): Promise<TopicMessage[]> {
    const ranges = asked.filter((range) => range.to > range.from && this.partitions.includes(range.partition));
    if (ranges.length === 0) return [];
    const consumer = await this.started();
    const messages: TopicMessage[] = [];
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        this.reading = {
          ranges: new Map(ranges.map((range) => [range.partition, range])),
          messages,
          done: resolve,
          fail: reject,
        };
        timer = setTimeout(
          () => reject(new Error(`reading ${this.topic} took more than ${this.timeoutMs} ms`)),
          this.timeoutMs,
        );
        for (const range of ranges)
          consumer.seek({ topic: this.topic, partition: range.partition, offset: range.from.toString() });
        consumer.resume([{ topic: this.topic, partitions: ranges.map((range) => range.partition) }]);
      });
    } finally {
      clearTimeout(timer);
      this.reading = null;
      this.pauseAll(consumer);
    }
    return messages.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  private async started(): Promise<Consumer> {
    if (this.consumer) return this.consumer;
    const consumer = this.kafka.consumer({
      groupId: `${this.groupPrefix}-${randomUUID()}`,
      maxWaitTimeInMs: 50,
      sessionTimeout: 6000,
      heartbeatInterval: 2000,
      maxBytesPerPartition: FETCH_BYTES_PER_PARTITION,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    consumer.on(consumer.events.CRASH, ({ payload }) => this.reading?.fail(payload.error));
    const running = consumer.run({ autoCommit: false, eachBatch: (payload) => this.take(payload) });
    // Set before the group is joined, so the first fetch already asks only for what a read seeks.
    this.pauseAll(consumer);
    await running;
    return consumer;
  }

  /** Partition by partition: kafkajs forgets a pause of the whole topic once one partition is paused on its own. */
  private pauseAll(consumer: Consumer): void {
    consumer.pause([{ topic: this.topic, partitions: this.partitions }]);
  }

  private async take({ batch, ...payload }: EachBatchPayload): Promise<void> {
    this.received += batch.messages.length;
    const reading = this.reading;
    const range = reading?.ranges.get(batch.partition);
    // A batch fetched before the last seek belongs to an earlier range.
    if (!reading || !range || payload.isStale()) return;
    for (const message of batch.messages) {
      const offset = BigInt(message.offset);
      if (offset < range.from || offset >= range.to) continue;
      reading.messages.push({
        partition: batch.partition,
        offset: message.offset,
        timestamp: message.timestamp,
        key: message.key,
        value: message.value,
        headers: Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
        ),
      });
    }
    if (BigInt(batch.lastOffset()) + 1n < range.to) return;
    this.consumer?.pause([{ topic: this.topic, partitions: [batch.partition] }]);
    reading.ranges.delete(batch.partition);
    if (reading.ranges.size === 0) reading.done();
  }
}

/**
 * Everything on `topic` up to its end at the time of the call, in partition and offset order (the CLIs, and a replay
 * of every pending letter, need all of it).
 */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  groupPrefix: string,
  timeoutMs = 30_000,
): Promise<TopicMessage[]> {
  const reader = new TopicReader(kafka, topic, groupPrefix, timeoutMs);
  try {
    const offsets = await reader.offsets();
    return await reader.read(offsets.map(({ partition, low, high }) => ({ partition, from: low, to: high })));
  } finally {
    await reader.close();
  }
}
