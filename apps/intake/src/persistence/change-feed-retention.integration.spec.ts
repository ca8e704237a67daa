import { GoneException } from '@nestjs/common';
import { Pruner } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../test/support/test-data-source';
import { encodeChangeCursor } from '../queries/list-changes/change-cursor';
import { ListChangesQueryHandler } from '../queries/list-changes/list-changes.query';
import { sequencePendingChanges } from './change-log.store';
import { intakeDataSourceSpec } from './intake.data-source';
import { INTAKE_SCHEMA } from './intake.schema';
import { clientChangesPruneJob } from './retention';

const DAY_MS = 86_400_000;
const RETENTION_MS = 30 * DAY_MS;

/**
 * The change feed's retention against real Postgres: the pruner deletes changes numbered longer ago than
 * CHANGE_FEED_RETENTION in small batches, the client system's horizon follows, a cursor before it is answered 410
 * (never a silent skip), and changes a subscription has not dispatched yet stay.
 */
describeE2E('change feed retention', () => {
  let dataSource: DataSource;
  let feed: ListChangesQueryHandler;

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_feed_retention', intakeDataSourceSpec, 4);
    feed = new ListChangesQueryHandler(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const clientSystem = async (): Promise<string> => {
    const id = randomUUID();
    await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, $2, $3)`, [
      id,
      `crm-${id.slice(0, 8)}`,
      randomUUID(),
    ]);
    return id;
  };

  /** `count` changes of one complaint, numbered by the sequencer as the triggers' queue would have them. */
  const addChanges = async (clientSystemId: string, count: number): Promise<void> => {
    const complaintId = randomUUID();
    for (let i = 0; i < count; i++)
      await dataSource.query(
        `INSERT INTO intake.pending_changes (client_system_id, complaint_id, type, at, summary, details)
         VALUES ($1, $2, 'customer.notified', now(), $3, '{}')`,
        [clientSystemId, complaintId, `change ${i}`],
      );
    while ((await sequencePendingChanges(dataSource, 1000)) > 0);
  };

  /** The client's changes up to `position` were numbered `days` ago. */
  const numberedAgo = (clientSystemId: string, position: number, days: number) =>
    dataSource.query(
      `UPDATE intake.client_changes SET recorded_at = now() - make_interval(days => $3)
       WHERE client_system_id = $1 AND position <= $2`,
      [clientSystemId, position, days],
    );

  const pruner = () =>
    new Pruner(dataSource, {
      schema: INTAKE_SCHEMA,
      settings: { intervalMs: 0, batchSize: 2, batchPauseMs: 0 },
      jobs: [clientChangesPruneJob({ changeFeedRetentionMs: RETENTION_MS })],
    });

  const positions = async (clientSystemId: string, after?: string) =>
    (await feed.execute(clientSystemId, { after, limit: 1000 })).items.map((item) => Number(item.position));

  const refusal = async (clientSystemId: string, after: string) => {
    const error = await feed.execute(clientSystemId, { after }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(GoneException);
    return (error as GoneException).getResponse() as Record<string, unknown>;
  };

  const prunedTotal = async (): Promise<number> => {
    const metric = await register.getSingleMetric('redress_pruned_rows_total')?.get();
    return metric?.values.find((value) => value.labels.table === 'intake.client_changes')?.value ?? 0;
  };

  it('prunes changes numbered before the retention in batches and answers an older cursor 410', async () => {
    const client = await clientSystem();
    const other = await clientSystem();
    // A cursor handed out before anything was numbered: the start of the feed.
    const fromStart = (await feed.execute(client, {})).nextCursor;
    expect(fromStart).toBe(encodeChangeCursor('0'));
    await addChanges(client, 7);
    await addChanges(other, 3);
    const cursorAt3 = encodeChangeCursor('3');
    await numberedAgo(client, 5, 31);
    await numberedAgo(other, 3, 29);
    const before = await prunedTotal();

    // Batches of 2: the five old changes take three statements; the other client's younger ones stay.
    expect(await pruner().runOnce()).toEqual({ 'intake.client_changes': 5 });
    expect((await prunedTotal()) - before).toBe(5);
    expect(await positions(other)).toEqual([1, 2, 3]);
    const horizons = await dataSource.query(`SELECT client_system_id, pruned_through::int FROM intake.change_horizons`);
    expect(horizons).toEqual([{ client_system_id: client, pruned_through: 5 }]);

    // A cursor before the horizon: 410 naming it, the oldest position kept and where to go on from.
    for (const cursor of [fromStart, cursorAt3]) {
      expect(await refusal(client, cursor)).toEqual({
        statusCode: 410,
        error: 'Gone',
        code: 'CHANGES.CURSOR_PRUNED',
        message: expect.stringContaining(`The changes after cursor ${cursor} were pruned`),
        errors: [{ field: 'after', reason: 'after points before the oldest change the feed keeps' }],
        cursor,
        oldestPosition: '6',
        resumeCursor: encodeChangeCursor('5'),
      });
    }
    // From the resume cursor, or with no cursor at all, the feed goes on from the oldest change kept, without gaps,
    // and new changes are numbered after the last one as before.
    expect(await positions(client, encodeChangeCursor('5'))).toEqual([6, 7]);
    expect(await positions(client)).toEqual([6, 7]);
    await addChanges(client, 2);
    expect(await positions(client, encodeChangeCursor('7'))).toEqual([8, 9]);
    // Nothing more is old enough: a second round prunes nothing.
    expect(await pruner().runOnce()).toEqual({ 'intake.client_changes': 0 });
  });

  it('never skips silently: a change deleted out of order already moves the horizon past the ones before it', async () => {
    const client = await clientSystem();
    await addChanges(client, 4);
    // A round picks expired rows in no set order: position 3 may go before 1 and 2.
    await dataSource.query(`DELETE FROM intake.client_changes WHERE client_system_id = $1 AND position = 3`, [client]);
    expect((await refusal(client, encodeChangeCursor('1'))).oldestPosition).toBe('4');
    expect(await positions(client, encodeChangeCursor('3'))).toEqual([4]);
    expect(await positions(client)).toEqual([4]);
  });

  it('keeps what a subscription has not dispatched yet, however old', async () => {
    const client = await clientSystem();
    await addChanges(client, 4);
    await dataSource.query(
      `INSERT INTO intake.subscriptions (client_system_id, url, kinds, secret_nonce, dispatched_position)
       VALUES ($1, 'https://crm.example/hooks', '{status}', 'nonce', 2)`,
      [client],
    );
    await numberedAgo(client, 4, 40);
    await pruner().runOnce();
    expect(await positions(client)).toEqual([3, 4]);
    await dataSource.query(`UPDATE intake.subscriptions SET dispatched_position = 4 WHERE client_system_id = $1`, [
      client,
    ]);
    await pruner().runOnce();
    expect(await positions(client)).toEqual([]);
    // Nothing left and nothing new: the answer's cursor is the horizon, which reads on without a 410.
    const page = await feed.execute(client, {});
    expect(page).toEqual({ items: [], nextCursor: encodeChangeCursor('4'), hasMore: false });
    expect((await feed.execute(client, { after: page.nextCursor })).items).toEqual([]);
  });
});
