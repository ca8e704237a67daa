import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../../../test/support/test-data-source';
import { PruneJob } from './prune-job';
import { Pruner } from './pruner';
import { OLDEST_ROW_AGE, registerOldestRowAgeGauge, removeOldestRowAgeGauge } from './pruning.metrics';

const SCHEMA = 'pruning_spec';
const HOUR_MS = 3_600_000;
/** The controlled clock's "now": every cutoff is computed from it, not from the database's clock. */
const NOW = new Date('2030-01-15T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR_MS);

/** The pruner against the real Postgres: batches, cutoffs from a controlled clock, blanking, one replica, metrics. */
describeE2E('pruner', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await emptySchemaTestDataSource('pruning', SCHEMA, 4);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  /** A table of `rows` (hours ago, body) with an index on its age column, as the services' migrations give them. */
  async function table(name: string, rows: [number, string | null][]): Promise<string> {
    const qualified = `${SCHEMA}.${name}`;
    await dataSource.query(`CREATE TABLE ${qualified} (id serial PRIMARY KEY, at timestamptz NOT NULL, body text)`);
    await dataSource.query(`CREATE INDEX ${name}_by_age ON ${qualified} (at)`);
    await dataSource.query(`INSERT INTO ${qualified} (at, body) SELECT * FROM unnest($1::timestamptz[], $2::text[])`, [
      rows.map(([hours]) => hoursAgo(hours)),
      rows.map(([, body]) => body),
    ]);
    return qualified;
  }

  const count = async (qualified: string, where = 'true') =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM ${qualified} WHERE ${where}`))[0].n);

  const pruner = (jobs: PruneJob[], batchSize = 1000, batchPauseMs = 0) =>
    new Pruner(dataSource, {
      schema: SCHEMA,
      settings: { intervalMs: 0, batchSize, batchPauseMs },
      jobs,
      clock: () => NOW,
    });

  const prunedTotal = async (label: string): Promise<number> => {
    const metric = await register.getSingleMetric('redress_pruned_rows_total')!.get();
    return metric.values.find((value) => value.labels.table === label)?.value ?? 0;
  };

  it('deletes what is older than the cutoff in batches of PRUNE_BATCH_SIZE, one statement each', async () => {
    const old = Array.from({ length: 2500 }, (_, i): [number, string] => [48 + i / 100, 'old']);
    const events = await table('batched', [...old, ...Array.from({ length: 10 }, (): [number, string] => [1, 'new'])]);
    const job: PruneJob = { table: events, ageColumn: 'at', retentionMs: 24 * HOUR_MS };
    const before = await prunedTotal(events);

    // With a pause between batches, another connection sees the table shrink one batch at a time.
    const seen = new Set<number>();
    const round = pruner([job], 1000, 400).runOnce();
    let done = false;
    void round.finally(() => (done = true));
    while (!done) {
      seen.add(await count(events));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await round).toEqual({ [events]: 2500 });
    expect([...seen]).toEqual(expect.arrayContaining([1510, 510]));
    expect(await count(events)).toBe(10);
    expect(await count(events, `body = 'old'`)).toBe(0);
    expect((await prunedTotal(events)) - before).toBe(2500);
  });

  it('keeps a row younger than the cutoff by a second and deletes one older by a second', async () => {
    const retentionMs = 24 * HOUR_MS;
    const edge = await table('edge', []);
    await dataSource.query(`INSERT INTO ${edge} (at, body) VALUES ($1, 'just expired'), ($2, 'just kept')`, [
      new Date(NOW.getTime() - retentionMs - 1000),
      new Date(NOW.getTime() - retentionMs + 1000),
    ]);
    expect(await pruner([{ table: edge, ageColumn: 'at', retentionMs }]).runOnce()).toEqual({ [edge]: 1 });
    expect((await dataSource.query(`SELECT body FROM ${edge}`)).map((row: { body: string }) => row.body)).toEqual([
      'just kept',
    ]);
  });

  it('blanks instead of deleting, keeps the rows, and does not count a row twice', async () => {
    const messages = await table('blanked', [
      [72, 'sent long ago'],
      [72, null],
      [2, 'sent lately'],
    ]);
    const job: PruneJob = {
      table: messages,
      ageColumn: 'at',
      where: 'body IS NOT NULL',
      blank: 'body = NULL',
      retentionMs: 24 * HOUR_MS,
    };
    expect(await pruner([job]).runOnce()).toEqual({ [messages]: 1 });
    expect(await count(messages)).toBe(3);
    expect(await count(messages, 'body IS NULL')).toBe(2);
    expect(await pruner([job]).runOnce()).toEqual({ [messages]: 0 });
  });

  it('lets one replica prune a schema at a time: another skips the round while the lock is held', async () => {
    const events = await table('locked', [[48, 'old']]);
    const job: PruneJob = { table: events, ageColumn: 'at', retentionMs: 24 * HOUR_MS };
    const holder = dataSource.createQueryRunner();
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [`prune:${SCHEMA}`]);
    try {
      expect(await pruner([job]).runOnce()).toBeNull();
      expect(await count(events)).toBe(1);
    } finally {
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [`prune:${SCHEMA}`]);
      await holder.release();
    }
    expect(await pruner([job]).runOnce()).toEqual({ [events]: 1 });
  });

  it('exports the oldest row age per table, which falls to the retention once pruned', async () => {
    const events = await table('aged', [
      [100, 'old'],
      [30, 'kept'],
    ]);
    const job: PruneJob = { table: events, ageColumn: 'at', retentionMs: 48 * HOUR_MS };
    const subject = pruner([job]);
    const gaugeValue = async () => {
      const metric = await register.getSingleMetric(OLDEST_ROW_AGE)!.get();
      return metric.values.find((value) => value.labels.table === events)?.value;
    };
    registerOldestRowAgeGauge(() => subject.oldestRowAges());
    try {
      expect(await gaugeValue()).toBeCloseTo(100 * 3600, 3);
      await subject.runOnce();
      expect(await gaugeValue()).toBeCloseTo(30 * 3600, 3);
      await dataSource.query(`DELETE FROM ${events}`);
      expect(await gaugeValue()).toBe(0);
    } finally {
      removeOldestRowAgeGauge();
    }
  });
});
