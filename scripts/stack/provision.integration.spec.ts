import { createServiceDataSource, queueTableVacuumMigration } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { describeE2E, testDatabase } from '../../test/support/test-stack';
import { provision } from './provision';

/** As Postgres lists a table's storage parameters. */
const QUEUE_TABLE_OPTIONS = ['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=1000'];
const QUEUE_TABLES = [
  'intake.outbox',
  'intake.pending_changes',
  'intake.webhook_deliveries',
  'triage.outbox',
  'triage.timers',
  'escalation.outbox',
  'escalation.timers',
  'notifier.outbox',
  'notifier.timers',
  'notifier.notifications',
  'notifier.staff_deliveries',
];

/** What provisioning leaves in a fresh database, beyond what the services' own tests read and write. */
describeE2E('provision', () => {
  let databaseUrl: string;
  let db: Client;

  beforeAll(async () => {
    databaseUrl = await testDatabase(`provision_${randomUUID().slice(0, 8)}`);
    await provision(databaseUrl);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
  });

  const vacuumSettings = async (): Promise<Map<string, string[] | null>> => {
    const { rows } = await db.query(
      `SELECT n.nspname || '.' || c.relname AS name, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname IN ('intake', 'triage', 'escalation', 'notifier')`,
    );
    return new Map(rows.map((row) => [row.name, row.reloptions]));
  };

  it('has every queue table vacuumed after a thousand dead rows, and no other table', async () => {
    const settings = await vacuumSettings();
    for (const table of QUEUE_TABLES) {
      expect([table, settings.get(table)]).toEqual([table, QUEUE_TABLE_OPTIONS]);
    }
    const others = [...settings].filter(([name, options]) => !QUEUE_TABLES.includes(name) && options !== null);
    expect(others).toEqual([]);
  });

  it('puts the defaults back when the migration is reverted', async () => {
    // The migration every service lists, run down and up again on intake's outbox as provisioning left it.
    const intake = await createServiceDataSource({ schema: 'intake', url: databaseUrl, migrations: [] }).initialize();
    const runner = intake.createQueryRunner();
    try {
      const migration = new (queueTableVacuumMigration('intake', ['outbox']))();
      await migration.down(runner);
      expect((await vacuumSettings()).get('intake.outbox')).toBeNull();
      await migration.up(runner);
      expect((await vacuumSettings()).get('intake.outbox')).toEqual(QUEUE_TABLE_OPTIONS);
    } finally {
      await runner.release();
      await intake.destroy();
    }
  });
});
