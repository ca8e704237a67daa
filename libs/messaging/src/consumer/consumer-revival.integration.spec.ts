import { EmbeddedBroker, startBroker } from '@redress/infra';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { eventually } from '../../../../test/support/eventually';
import { describeE2E } from '../../../../test/support/test-stack';
import { reviveAfterFatalCrash } from './consumer-revival';

const SYNC_GROUP = 14;
const INVALID_REQUEST = 42;
const TOPIC = 'revival';

/**
 * A broker of its own (it is told to refuse requests), answering the consumer's SyncGroup with INVALID_REQUEST: what
 * the unpatched mock did to a follower that synced late, and what kafkajs treats as the end of the consumer.
 */
describeE2E('consumer revival after a non-retriable crash', () => {
  let broker: EmbeddedBroker;
  let kafka: Kafka;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    broker = await startBroker({ topics: [TOPIC], partitions: 1 });
    kafka = new Kafka({ clientId: 'revival-test', brokers: [broker.brokers], logLevel: logLevel.NOTHING });
  });

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.disconnect().catch(() => undefined)));
    await broker?.stop();
  });

  async function refusedConsumer(revive: boolean) {
    const consumer = kafka.consumer({
      groupId: `revival-${randomUUID()}`,
      sessionTimeout: 6000,
      heartbeatInterval: 2000,
      maxWaitTimeInMs: 50,
    });
    consumers.push(consumer);
    const crashes: boolean[] = [];
    const received: string[] = [];
    const log: string[] = [];
    consumer.on(consumer.events.CRASH, ({ payload }) => crashes.push(payload.restart));
    await consumer.connect();
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    const run = () => consumer.run({ eachMessage: async ({ message }) => void received.push(String(message.value)) });
    if (revive)
      reviveAfterFatalCrash(consumer, { run, wanted: () => true, log: (line) => log.push(line), firstDelayMs: 100 });
    await broker.failNext(SYNC_GROUP, INVALID_REQUEST);
    await run();
    return { crashes, received, log };
  }

  async function produce(value: string): Promise<void> {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: [{ value }] });
    await producer.disconnect();
  }

  it('shows the refusal is fatal to a plain kafkajs consumer: it crashes without restarting', async () => {
    const { crashes } = await refusedConsumer(false);
    await eventually(
      async () => crashes,
      (seen) => seen.length > 0,
      { what: 'the consumer to crash' },
    );
    expect(crashes).toEqual([false]);
  });

  it('starts the consumer again, which then joins and consumes', async () => {
    const { crashes, received, log } = await refusedConsumer(true);
    const value = `after-revival-${randomUUID()}`;
    await produce(value);
    await eventually(
      async () => received,
      (seen) => seen.includes(value),
      { what: 'the revived consumer to read the message' },
    );
    expect(crashes).toEqual([false]);
    expect(log).toEqual([
      expect.stringContaining('non-retriable error'),
      'consumer started again and joined its group',
    ]);
  });
});
