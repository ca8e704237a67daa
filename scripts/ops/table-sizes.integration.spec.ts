import { DataSource } from 'typeorm';
import { describeE2E } from '../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../test/support/test-data-source';
import { bytes, formatTableSizes, tableSizes } from './table-sizes';

/** What `npm run db:sizes` reads and prints, against the real Postgres. */
describeE2E('table sizes', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await emptySchemaTestDataSource('table_sizes', 'public', 1);
    await dataSource.query(`CREATE SCHEMA intake; CREATE SCHEMA elsewhere`);
    await dataSource.query(`CREATE TABLE intake.outbox (seq bigserial PRIMARY KEY, payload text)`);
    await dataSource.query(`CREATE TABLE intake.empty (id int)`);
    await dataSource.query(`CREATE TABLE elsewhere.ignored (id int)`);
    await dataSource.query(`INSERT INTO intake.outbox (payload) SELECT repeat('x', 200) FROM generate_series(1, 500)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('lists each table of the asked schemas with its rows, bytes and index bytes, largest first', async () => {
    const sizes = await tableSizes(dataSource, ['intake', 'triage'], true);
    expect(sizes.map((size) => `${size.schema}.${size.table}`)).toEqual(['intake.outbox', 'intake.empty']);
    expect(sizes[0]).toMatchObject({ rows: 500 });
    expect(sizes[0].totalBytes).toBeGreaterThan(500 * 200);
    expect(sizes[0].indexBytes).toBeGreaterThan(0);
    expect(sizes[1]).toMatchObject({ rows: 0 });

    const printed = formatTableSizes(sizes);
    expect(printed).toMatch(/^intake\n/);
    expect(printed).toMatch(new RegExp(`outbox\\s+500\\s+${bytes(sizes[0].totalBytes).replace('.', '\\.')}`));
    expect(printed).toMatch(/\(all\)\s+500\s/);
  });

  it('prints sizes as Postgres does', () => {
    expect([bytes(0), bytes(8192), bytes(5 * 1024 * 1024 + 1)]).toEqual(['0 B', '8.0 kB', '5.0 MB']);
  });
});
