import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../../test/support/test-data-source';
import { exportSnapshot, streamRows } from './row-stream';

/** Reports read large periods through a cursor, on the services' own pool client (which prepares statements). */
describeE2E('report row stream', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await emptySchemaTestDataSource('rows', 'public', 2);
    await dataSource.query(`CREATE TABLE numbers AS SELECT n FROM generate_series(1, 12345) AS n`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('yields every row of a query with parameters once, in order, in batches of the size asked', async () => {
    const sizes: number[] = [];
    const seen: number[] = [];
    for await (const batch of streamRows<{ n: number }>(
      dataSource,
      'SELECT n FROM numbers WHERE n >= $1 ORDER BY n',
      [5],
      { batchSize: 1000 },
    )) {
      sizes.push(batch.length);
      seen.push(...batch.map((row) => row.n));
    }
    expect(seen).toEqual(Array.from({ length: 12341 }, (_, index) => index + 5));
    expect(sizes.slice(0, 12).every((size) => size === 1000)).toBe(true);
    expect(sizes.at(-1)).toBe(341);
  });

  it('gives rows as arrays when asked', async () => {
    const batches: unknown[][][] = [];
    for await (const batch of streamRows<unknown[]>(
      dataSource,
      'SELECT n, n * 2 AS twice FROM numbers WHERE n <= $1 ORDER BY n',
      [2],
      { rowMode: 'array' },
    ))
      batches.push(batch);
    expect(batches).toEqual([
      [
        [1, 2],
        [2, 4],
      ],
    ]);
  });

  it('frees its connection when the reader stops early, and after a failing query', async () => {
    for (let round = 0; round < 5; round++) {
      for await (const batch of streamRows(dataSource, 'SELECT n FROM numbers WHERE n > $1', [0], { batchSize: 10 })) {
        expect(batch).toHaveLength(10);
        break;
      }
      await expect(async () => {
        for await (const _ of streamRows(dataSource, 'SELECT n / ($1::int - 1) FROM numbers', [1])) void _;
      }).rejects.toThrow(/division by zero/);
    }
    // Two connections in the pool: a leak would have left none for this.
    expect(await dataSource.query('SELECT count(*)::int AS count FROM numbers')).toEqual([{ count: 12345 }]);
  });

  it('lets streams on other connections read the moment an exported snapshot holds', async () => {
    await dataSource.query(`CREATE TABLE moments AS SELECT 1 AS n`);
    const snapshot = await exportSnapshot(dataSource);
    try {
      // Written after the export: a stream in the snapshot does not see it, one outside does.
      await dataSource.query(`INSERT INTO moments VALUES (2)`);
      const read = async (options: { snapshot?: string }) => {
        const seen: number[] = [];
        for await (const batch of streamRows<{ n: number }>(
          dataSource,
          'SELECT n FROM moments ORDER BY n',
          [],
          options,
        ))
          seen.push(...batch.map((row) => row.n));
        return seen;
      };
      expect(await read({ snapshot: snapshot.id })).toEqual([1]);
      expect(await read({})).toEqual([1, 2]);
      await expect(read({ snapshot: "x'; DROP TABLE moments; --" })).rejects.toThrow(/not a snapshot id/);
    } finally {
      await snapshot.release();
    }
  });
});
