import { createServiceDataSource } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { describeE2E, testDatabase } from '../../test/support/test-stack';
import { intakeDataSourceSpec } from '../../apps/intake/src/persistence/intake.data-source';
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
    const intake = await createServiceDataSource(intakeDataSourceSpec(databaseUrl)).initialize();
    try {
      // Undo migrations newest first down to the vacuum one (later ones come after it by timestamp).
      const vacuum = intake.migrations.find((migration) => migration.name?.startsWith('QueueTableVacuum'));
      const applied = async () =>
        (await db.query('SELECT name FROM intake.migrations')).rows.map((row: { name: string }) => row.name);
      while ((await applied()).includes(vacuum?.name as string)) await intake.undoLastMigration();
      expect((await vacuumSettings()).get('intake.outbox')).toBeNull();
      await intake.runMigrations();
      expect((await vacuumSettings()).get('intake.outbox')).toEqual(QUEUE_TABLE_OPTIONS);
    } finally {
      await intake.destroy();
    }
  });
});
