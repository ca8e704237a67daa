import { Consumer, IHeaders, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

export interface ReceivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** Produces raw messages and records what arrives on chosen topics, for tests that act like a foreign producer. */
export class KafkaProbe {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private consumer?: Consumer;
  readonly received: ReceivedMessage[] = [];

  constructor(brokers: string) {
    this.kafka = new Kafka({
      clientId: `probe-${randomUUID()}`,
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
  }

  async send(topic: string, messages: { key: string; value: string | Buffer; headers?: IHeaders }[]): Promise<void> {
    if (!this.producer) {
      this.producer = this.kafka.producer({
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await this.producer.connect();
    }
    await this.producer.send({ topic, acks: -1, messages });
  }

  async watch(topics: string[]): Promise<void> {
    this.consumer = this.kafka.consumer({
      groupId: `probe-${randomUUID()}`,
      maxWaitTimeInMs: 50,
      sessionTimeout: 6000,
      heartbeatInterval: 2000,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.received.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value?.toString('utf8') ?? null,
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
        });
      },
    });
  }

  /** Resolves once `groupId` has committed offsets up to the end of every partition of `topic`. */
  async waitUntilConsumed(groupId: string, topic: string, timeoutMs = 30_000): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(topic);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const behind = ends.filter(({ partition, offset }) => {
          // An empty partition has nothing to commit: its end is 0 and the group's offset stays -1.
          const done = committed.partitions.find((entry) => entry.partition === partition)?.offset ?? '-1';
          return Number(offset) > 0 && Number(done) < Number(offset);
        });
        if (behind.length === 0) return;
        if (Date.now() > deadline)
          throw new Error(`${groupId} has not consumed ${topic} partitions ${behind.map((b) => b.partition)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }
}
