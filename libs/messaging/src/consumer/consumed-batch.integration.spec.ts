import { buildEvent, EventEnvelope, EventType } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../../test/support/test-data-source';
import { ConsumedBatch } from './consumed-batch';
import { ChangedMeanwhile, classifyFailure } from '../inbox/failure-kind';
import { createMessagingTables, dropOutboxNotifyTrigger } from '../messaging-tables';
import { OutboxRelayJob } from '../outbox/outbox-relay.job';
import { UnitOfWork } from '../transaction/unit-of-work';

const SCHEMA = 'batch_test';

/** Consumed batches against real Postgres: one transaction, inbox and outbox written at commit, all or nothing. */
describeE2E('consumed batch', () => {
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  let relayWakes = 0;

  beforeAll(async () => {
    dataSource = await emptySchemaTestDataSource('batch', SCHEMA);
    const runner = dataSource.createQueryRunner();
    await createMessagingTables(runner, SCHEMA);
    await dropOutboxNotifyTrigger(runner, SCHEMA);
    await runner.query(`CREATE TABLE ${SCHEMA}.effects (event_id uuid PRIMARY KEY)`);
    await runner.query(`CREATE TABLE ${SCHEMA}.tallies (name text PRIMARY KEY, total int NOT NULL)`);
    await runner.release();
    const relay = { committed: () => void relayWakes++ } as unknown as OutboxRelayJob;
    unitOfWork = new UnitOfWork(dataSource, relay, { service: 'triage', schema: SCHEMA, brokers: [] });
  });

  afterAll(() => dataSource?.destroy());

  const received = (): EventEnvelope =>
    buildEvent('intake', { type: EventType.ComplaintReceived, key: randomUUID(), data: {} as never }) as EventEnvelope;

  /** The effect of one message: a row, an outgoing event and a hook that says it ran after commit. */
  const applyAll = (batch: ConsumedBatch, events: EventEnvelope[], hooks: string[], failOn?: EventEnvelope) =>
    batch.run(async () => {
      for (const event of events) {
        await unitOfWork.consumeInBatch(batch, event, 'effects', async (tx) => {
          if (event === failOn) throw new Error('handler failed');
          await tx.manager.query(`INSERT INTO ${SCHEMA}.effects (event_id) VALUES ($1)`, [event.id]);
          tx.emit({ type: EventType.RootCauseComplaintLinked, key: event.key, data: {} as never });
          tx.afterCommit(() => hooks.push(event.id));
        });
      }
    });

  const count = async (table: string, ids: string[]) =>
    Number(
      (
        await dataSource.query(`SELECT count(*) AS n FROM ${SCHEMA}.${table} WHERE event_id = ANY($1::uuid[])`, [ids])
      )[0].n,
    );

  it('applies every message once in one transaction and writes inbox and outbox at commit', async () => {
    const events = [received(), received(), received()];
    const redelivered = [...events, events[1]];
    const batch = new ConsumedBatch(redelivered.map((event) => event.id));
    const hooks: string[] = [];
    const wakesBefore = relayWakes;
    await applyAll(batch, redelivered, hooks);
    const ids = events.map((event) => event.id);
    expect(await count('effects', ids)).toBe(0);
    expect(hooks).toEqual([]);
    await batch.commit();
    expect(await count('effects', ids)).toBe(3);
    expect(await count('inbox', ids)).toBe(3);
    expect(
      Number(
        (
          await dataSource.query(`SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE payload->>'causationId' = ANY($1)`, [
            ids,
          ])
        )[0].n,
      ),
    ).toBe(3);
    expect(hooks).toEqual(ids);
    expect(relayWakes).toBe(wakesBefore + 1);
    expect(ConsumedBatch.current()).toBeUndefined();
  });

  it('skips events an earlier transaction applied', async () => {
    const earlier = received();
    await unitOfWork.consume(earlier, 'effects', (tx) =>
      tx.manager.query(`INSERT INTO ${SCHEMA}.effects (event_id) VALUES ($1)`, [earlier.id]),
    );
    const fresh = received();
    const batch = new ConsumedBatch([earlier.id, fresh.id]);
    await applyAll(batch, [earlier, fresh], []);
    await batch.commit();
    expect(await count('effects', [earlier.id, fresh.id])).toBe(2);
    expect(await count('inbox', [earlier.id, fresh.id])).toBe(2);
  });

  it('leaves nothing behind when a message fails and the batch rolls back', async () => {
    const events = [received(), received(), received()];
    const batch = new ConsumedBatch(events.map((event) => event.id));
    const hooks: string[] = [];
    await expect(applyAll(batch, events, hooks, events[2])).rejects.toThrow('handler failed');
    await batch.rollback();
    const ids = events.map((event) => event.id);
    expect(await count('effects', ids)).toBe(0);
    expect(await count('inbox', ids)).toBe(0);
    expect(hooks).toEqual([]);
  });

  it('refuses to commit once a message failed, even when the failure was caught along the way', async () => {
    const events = [received(), received(), received()];
    const batch = new ConsumedBatch(events.map((event) => event.id));
    // As a framework's error filter might: the failing message's error never reaches the batch's runner.
    await applyAll(batch, events, [], events[1]).catch((error: Error) => batch.fail(error));
    await expect(batch.commit()).rejects.toThrow('handler failed');
    await batch.rollback();
    expect(
      await count(
        'effects',
        events.map((event) => event.id),
      ),
    ).toBe(0);
    expect(
      await count(
        'inbox',
        events.map((event) => event.id),
      ),
    ).toBe(0);
  });

  it('fails the commit when another consumer applied one of its events meanwhile', async () => {
    const events = [received(), received()];
    const batch = new ConsumedBatch(events.map((event) => event.id));
    await applyAll(batch, events, []);
    await unitOfWork.consume(events[0], 'effects', async () => undefined);
    await expect(batch.commit()).rejects.toThrow();
    await batch.rollback();
    expect(
      await count(
        'effects',
        events.map((event) => event.id),
      ),
    ).toBe(0);
  });

  /** Each message adds 1 to the tally `name`, written once at commit as `total = total + <sum>`. */
  const tallyAll = (batch: ConsumedBatch, events: EventEnvelope[], name: string, writes: number[]) =>
    batch.run(async () => {
      for (const event of events) {
        await unitOfWork.consumeInBatch(batch, event, 'effects', async (tx) => {
          const tally = tx.atCommit(name, () => ({
            value: { sum: 0 },
            write: async (manager, { sum }) => {
              writes.push(sum);
              const [{ n }]: { n: string }[] = await manager.query(
                `WITH added AS (UPDATE ${SCHEMA}.tallies SET total = total + $2 WHERE name = $1 RETURNING 1) SELECT count(*) AS n FROM added`,
                [name, sum],
              );
              if (n === '0') throw new ChangedMeanwhile(`tally ${name} is gone`);
            },
          }));
          tally.sum += 1;
        });
      }
    });

  const totalOf = async (name: string) =>
    ((await dataSource.query(`SELECT total FROM ${SCHEMA}.tallies WHERE name = $1`, [name])) as { total: number }[])[0]
      ?.total;

  it('writes what the messages of a batch add to once, at commit, with their sum', async () => {
    const name = `tally-${randomUUID()}`;
    await dataSource.query(`INSERT INTO ${SCHEMA}.tallies (name, total) VALUES ($1, 10)`, [name]);
    const events = [received(), received(), received()];
    const batch = new ConsumedBatch(events.map((event) => event.id));
    const writes: number[] = [];
    await tallyAll(batch, events, name, writes);
    expect(writes).toEqual([]);
    await batch.commit();
    expect(writes).toEqual([3]);
    expect(await totalOf(name)).toBe(13);
  });

  it('writes them at the commit of a single transaction too, and rolls everything back when the write finds a change', async () => {
    const name = `tally-${randomUUID()}`;
    await dataSource.query(`INSERT INTO ${SCHEMA}.tallies (name, total) VALUES ($1, 0)`, [name]);
    const single = received();
    await unitOfWork.consume(single, 'effects', async (tx) => {
      tx.atCommit(name, () => ({
        value: null,
        write: (manager) => manager.query(`UPDATE ${SCHEMA}.tallies SET total = 7 WHERE name = $1`, [name]),
      }));
    });
    expect(await totalOf(name)).toBe(7);

    await dataSource.query(`DELETE FROM ${SCHEMA}.tallies WHERE name = $1`, [name]);
    const events = [received(), received()];
    const batch = new ConsumedBatch(events.map((event) => event.id));
    await tallyAll(batch, events, name, []);
    const failure = await batch.commit().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChangedMeanwhile);
    // Applying the events again sees the change: retried as an outage, never dead-lettered.
    expect(classifyFailure(failure)).toBe('transient');
    await batch.rollback();
    expect(
      await count(
        'inbox',
        events.map((event) => event.id),
      ),
    ).toBe(0);
  });
});
