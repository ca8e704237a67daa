import { Logger } from '@nestjs/common';
import { EmbeddedBroker, startBroker } from '@redress/infra';
import { randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { eventually } from '../../../../test/support/eventually';
import { KafkaProbe } from '../../../../test/support/kafka-probe';
import { describeE2E } from '../../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../../test/support/test-data-source';
import { createMessagingTables, dropOutboxNotifyTrigger } from '../messaging-tables';
import { MessagingOptions } from '../messaging.options';
import { OutboxRelayJob } from './outbox-relay.job';

const SCHEMA = 'relay_limits';
const TOPIC = 'large-events';
/** The broker's message.max.bytes, a quarter of Kafka's default so the test stays quick. */
const BROKER_LIMIT = 256 * 1024;
const LARGE_EVENT = 60 * 1024;

/**
 * The relay against a broker of its own that refuses record batches over BROKER_LIMIT (MESSAGE_TOO_LARGE), with a
 * backlog of large events far over that limit in all: every event is published, in order, and one event too large even
 * alone is parked without holding up those after it.
 */
describeE2E('outbox relay against the broker size limit', () => {
  let broker: EmbeddedBroker;
  let dataSource: DataSource;
  let probe: KafkaProbe;
  const relays: OutboxRelayJob[] = [];
  const warnings = jest.spyOn(Logger.prototype, 'warn');
  const splits = () =>
    warnings.mock.calls.filter(([message]) => String(message).includes('sending them in halves')).length;

  beforeAll(async () => {
    broker = await startBroker({ topics: [TOPIC], partitions: 1, maxMessageBytes: BROKER_LIMIT });
    dataSource = await emptySchemaTestDataSource('relay_limits', SCHEMA);
    const runner = dataSource.createQueryRunner();
    await createMessagingTables(runner, SCHEMA);
    await dropOutboxNotifyTrigger(runner, SCHEMA);
    await runner.release();
    probe = new KafkaProbe(broker.brokers);
    await probe.watch([TOPIC]);
  });

  afterAll(async () => {
    await probe?.close();
    await Promise.all(relays.map((relay) => relay.onModuleDestroy()));
    await dataSource?.destroy();
    await broker?.stop();
  });

  function startRelay(maxBatchBytes?: number): OutboxRelayJob {
    const options: MessagingOptions = { service: 'triage', schema: SCHEMA, brokers: [broker.brokers], maxBatchBytes };
    const relay = new OutboxRelayJob(dataSource, options);
    relays.push(relay);
    relay.onApplicationBootstrap();
    return relay;
  }

  async function stopRelays(): Promise<void> {
    await Promise.all(relays.splice(0).map((relay) => relay.onModuleDestroy()));
  }

  /** Outbox rows of `bytes` each, all on one key (one partition, one order); returns their event ids in order. */
  async function backlog(sizes: number[], key = randomUUID()): Promise<string[]> {
    const ids = sizes.map(() => randomUUID());
    await dataSource.query(
      `INSERT INTO ${SCHEMA}.outbox (event_id, event_type, topic, message_key, payload)
       SELECT id, 'test.large', $3, $4, json_build_object('id', id, 'text', repeat('x', size))
       FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS row(id, size, position) ORDER BY position`,
      [ids, sizes, TOPIC, key],
    );
    return ids;
  }

  const publishedIds = (key: string) =>
    probe.received
      .filter((message) => message.key === key)
      .map((message) => (JSON.parse(message.value as string) as { id: string }).id);

  const unsent = async () =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.outbox WHERE sent_at IS NULL`))[0].n as number;

  async function parkedCount(): Promise<number> {
    const metric = await register.getSingleMetric('redress_outbox_events_parked_total')?.get();
    return (
      metric?.values.find((value) => value.labels.type === 'test.large' && value.labels.reason === 'too-large')
        ?.value ?? 0
    );
  }

  it('publishes a backlog many times the broker limit in requests it accepts, and parks an event too large alone', async () => {
    const key = randomUUID();
    const sizes = Array.from({ length: 30 }, () => LARGE_EVENT);
    sizes.splice(12, 0, BROKER_LIMIT + 1024);
    const ids = await backlog(sizes, key);
    const tooLarge = ids[12];
    const parkedBefore = await parkedCount();
    const splitsBefore = splits();

    startRelay(200_000);
    const published = await eventually(
      async () => publishedIds(key),
      (received) => received.length >= 30,
      { what: '30 large events published' },
    );
    expect(published).toEqual(ids.filter((id) => id !== tooLarge));
    await eventually(unsent, (n) => n === 0, { what: 'the whole backlog marked sent' });
    expect(await parkedCount()).toBe(parkedBefore + 1);
    // Bounded below the broker's limit, no request was refused but the lone event's.
    expect(splits()).toBe(splitsBefore);

    // The relay goes on with what comes next.
    const [after] = await backlog([100], key);
    await eventually(
      async () => publishedIds(key),
      (received) => received.includes(after),
      { what: 'an event after the parked one' },
    );
    await stopRelays();
  });

  it('with a bound above the broker limit, still publishes everything by splitting what the broker refuses', async () => {
    const key = randomUUID();
    const ids = await backlog(
      Array.from({ length: 24 }, () => LARGE_EVENT),
      key,
    );
    const parkedBefore = await parkedCount();
    const splitsBefore = splits();

    startRelay();
    const published = await eventually(
      async () => publishedIds(key),
      (received) => received.length >= 24,
      { what: '24 large events published' },
    );
    expect(new Set(published)).toEqual(new Set(ids));
    // Halves published before a refused half are sent again with it: duplicates (dropped by consumers' inboxes) may
    // occur, but the first copies arrive in order.
    expect(published.filter((id, index) => published.indexOf(id) === index)).toEqual(ids);
    await eventually(unsent, (n) => n === 0, { what: 'the backlog marked sent' });
    expect(await parkedCount()).toBe(parkedBefore);
    expect(splits()).toBeGreaterThan(splitsBefore);
    await stopRelays();
  });
});
