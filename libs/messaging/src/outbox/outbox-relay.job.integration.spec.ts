import { EventType, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { KafkaProbe } from '../../../../test/support/kafka-probe';
import { eventually } from '../../../../test/support/eventually';
import { describeE2E, testTopics } from '../../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../../test/support/test-data-source';
import { createMessagingTables, dropOutboxNotifyTrigger } from '../messaging-tables';
import { MessagingOptions } from '../messaging.options';
import { OutboxRelayJob } from './outbox-relay.job';
import { UnitOfWork } from '../transaction/unit-of-work';

const SCHEMA = 'relay_test';

/** The outbox and relay against real Postgres and the broker: commit order per key, once, with two replicas. */
describeE2E('outbox relay', () => {
  const prefix = `relay_${randomUUID().slice(0, 8)}.`;
  let dataSource: DataSource;
  let relays: OutboxRelayJob[];
  let probe: KafkaProbe;

  beforeAll(async () => {
    process.env.KAFKA_TOPIC_PREFIX = prefix;
    await testTopics([topicFor(EventType.RootCauseComplaintLinked, prefix)]);
    dataSource = await emptySchemaTestDataSource('relay', SCHEMA);
    const runner = dataSource.createQueryRunner();
    await createMessagingTables(runner, SCHEMA);
    // As every service's schema is now: no trigger, the relay is woken after commit.
    await dropOutboxNotifyTrigger(runner, SCHEMA);
    await runner.release();
    const options: MessagingOptions = {
      service: 'triage',
      schema: SCHEMA,
      brokers: [process.env.REDRESS_TEST_BROKERS as string],
    };
    // Two replicas of the relay on one schema: only the lock holder may publish.
    relays = [new OutboxRelayJob(dataSource, options), new OutboxRelayJob(dataSource, options)];
    // Starting a relay only arms its loop (the broker may be down), so there is nothing to await.
    relays.forEach((relay) => relay.onApplicationBootstrap());
    probe = new KafkaProbe(options.brokers[0]);
    await probe.watch([topicFor(EventType.RootCauseComplaintLinked, prefix)]);
  });

  afterAll(async () => {
    await probe?.close();
    await Promise.all((relays ?? []).map((relay) => relay.onModuleDestroy()));
    await dataSource?.destroy();
  });

  it('publishes committed events once each, in commit order per key, and marks them sent', async () => {
    const unitOfWork = new UnitOfWork(dataSource, relays[1], { service: 'triage', schema: SCHEMA, brokers: [] });
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    const emitFor = (key: string, category: string) => ({
      type: EventType.RootCauseComplaintLinked,
      key,
      data: { complaintId: key, rootCauseId: randomUUID(), category, linkedAt: new Date().toISOString() },
    });
    // Writers of one key follow each other, as services serialise them by locking the aggregate; keys interleave.
    await Promise.all(
      keys.map(async (key) => {
        for (let sequence = 0; sequence < 60; sequence++) {
          await unitOfWork.run(async (tx) => {
            tx.emit(emitFor(key, `seq-${sequence}`));
          });
        }
      }),
    );
    // A transaction that rolls back leaves nothing to publish.
    await expect(
      unitOfWork.run(async (tx) => {
        tx.emit(emitFor(keys[0], 'rolled-back'));
        await tx.manager.query('SELECT 1/0');
      }),
    ).rejects.toThrow(/division by zero/);

    const received = await eventually(
      async () => probe.received,
      (messages) => messages.length >= 180,
      {
        what: '180 published events',
      },
    );
    await expect(
      eventually(
        async () => probe.received.length,
        (count) => count > 180,
        { timeoutMs: 1500, what: 'a duplicate' },
      ),
    ).rejects.toThrow(/timed out/);
    expect(received.some((message) => message.value?.includes('rolled-back'))).toBe(false);

    for (const key of keys) {
      const committedOrder = (
        await dataSource.query(`SELECT event_id FROM ${SCHEMA}.outbox WHERE message_key = $1 ORDER BY seq`, [key])
      ).map((row: { event_id: string }) => row.event_id);
      const publishedOrder = received
        .filter((message) => message.key === key)
        .map((message) => (JSON.parse(message.value as string) as { id: string }).id);
      expect(publishedOrder).toEqual(committedOrder);
    }
    const [{ unsent }] = await dataSource.query(
      `SELECT count(*)::int AS unsent FROM ${SCHEMA}.outbox WHERE sent_at IS NULL`,
    );
    expect(unsent).toBe(0);
  });
});
