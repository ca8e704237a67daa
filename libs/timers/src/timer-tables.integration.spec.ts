import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { describeE2E } from '../../../test/support/test-stack';
import { emptySchemaTestDataSource } from '../../../test/support/test-data-source';
import { createTimerTables, spentTimersMigration } from './timer-tables';

const SCHEMA = 'spent_timers_test';

/** The migration that leaves only pending and parked timers, on a table an older version filled. */
describeE2E('spent timers migration', () => {
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    dataSource = await emptySchemaTestDataSource('spent_timers', SCHEMA);
    runner = dataSource.createQueryRunner();
    await createTimerTables(runner, SCHEMA);
  });

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
  });

  const insert = (status: string, subject: string) =>
    dataSource.query(
      `INSERT INTO ${SCHEMA}.timers (id, kind, subject_id, due_at, status) VALUES ($1, 'work', $2, now(), $3)`,
      [randomUUID(), subject, status],
    );

  it('deletes fired and cancelled rows, keeps pending and parked ones, and refuses the old statuses after', async () => {
    for (const status of ['fired', 'cancelled', 'pending', 'failed']) await insert(status, status);
    const migration = new (spentTimersMigration(SCHEMA))();

    await migration.up(runner);
    const left = await dataSource.query(`SELECT subject_id, status FROM ${SCHEMA}.timers ORDER BY subject_id`);
    expect(left).toEqual([
      { subject_id: 'failed', status: 'failed' },
      { subject_id: 'pending', status: 'pending' },
    ]);
    await expect(insert('fired', 'again')).rejects.toThrow(/timers_status_check/);

    await migration.down(runner);
    await insert('fired', 'older-code');
    const [row] = await dataSource.query(`SELECT status, fired_at FROM ${SCHEMA}.timers WHERE subject_id = $1`, [
      'older-code',
    ]);
    expect(row).toEqual({ status: 'fired', fired_at: null });
  });
});
