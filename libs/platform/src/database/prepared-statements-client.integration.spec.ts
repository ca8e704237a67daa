import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../../test/support/test-data-source';

/** The services' pool client against real Postgres: statements with parameters are prepared once per connection. */
describeE2E('prepared statements client', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await emptySchemaTestDataSource('prepared', 'public', 1);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const preparedOnConnection = async (): Promise<string[]> =>
    (await dataSource.query(`SELECT statement FROM pg_prepared_statements ORDER BY statement`)).map(
      (row: { statement: string }) => row.statement,
    );

  it('prepares a statement with parameters once and reuses it with other values', async () => {
    const text = 'SELECT $1::int + 1 AS next';
    expect(await dataSource.query(text, [1])).toEqual([{ next: 2 }]);
    expect(await dataSource.query(text, [41])).toEqual([{ next: 42 }]);
    expect((await preparedOnConnection()).filter((statement) => statement === text)).toHaveLength(1);
  });

  it('sends statements without parameters as they are, several in one string included', async () => {
    await dataSource.query(`CREATE TEMP TABLE scratch (n int); INSERT INTO scratch VALUES (7)`);
    expect(await dataSource.query('SELECT n FROM scratch')).toEqual([{ n: 7 }]);
    expect(await preparedOnConnection()).not.toContain('SELECT n FROM scratch');
  });

  it('still reports a bad statement as the error Postgres gives', async () => {
    await expect(dataSource.query('SELECT $1::int AS n FROM missing_table', [1])).rejects.toThrow(/missing_table/);
    expect(await dataSource.query('SELECT $1::int AS n', [3])).toEqual([{ n: 3 }]);
  });
});
