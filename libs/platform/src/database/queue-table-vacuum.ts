import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queue-like tables (the outbox, timers, scheduled notifications) are read through partial indexes such as
 * `WHERE sent_at IS NULL`. Each row leaves the index's condition soon after it arrives, but its old index entry stays
 * until a vacuum, and the bitmap scans the planner picks for these queries visit every such entry's heap page: with
 * Postgres' default (vacuum once a fifth of the table is dead) the relay's one-row query read a thousand pages after a
 * minute at 100 complaints/s, and more as the table grew. Vacuuming these tables after every thousand dead rows keeps
 * those queries at a few pages. (The server's `autovacuum_naptime` bounds how soon a vacuum starts; see README.)
 */
const QUEUE_TABLE_SETTINGS = { autovacuum_vacuum_scale_factor: 0, autovacuum_vacuum_threshold: 1000 };

export function queueTableVacuumMigration(schema: string, tables: string[]): new () => MigrationInterface {
  const settings = Object.entries(QUEUE_TABLE_SETTINGS);
  return class QueueTableVacuum1733400000000 implements MigrationInterface {
    readonly name = 'QueueTableVacuum1733400000000';

    async up(db: QueryRunner): Promise<void> {
      const values = settings.map(([setting, value]) => `${setting} = ${value}`).join(', ');
      for (const table of tables) await db.query(`ALTER TABLE "${schema}"."${table}" SET (${values})`);
    }

    async down(db: QueryRunner): Promise<void> {
      const names = settings.map(([setting]) => setting).join(', ');
      for (const table of tables) await db.query(`ALTER TABLE "${schema}"."${table}" RESET (${names})`);
    }
  };
}
