import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Upkeep of the staff tables. `staff_deliveries` is a queue like `notifications` (rows leave its partial index
 * `staff_deliveries_due` soon after they arrive), so it is vacuumed after every thousand dead rows as the other queue
 * tables are (see queueTableVacuumMigration). And the indexes the pruning finds its batches by: finished deliveries
 * (sent or failed) by when they finished, which replaces `staff_deliveries_sent`, and notices no longer held for a
 * digest by when they were written. Built CONCURRENTLY so notices go on while they are built.
 */
export class StaffQueueUpkeep1765001200000 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE notifier.staff_deliveries SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)`,
    );
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS notifier.staff_deliveries_finished`);
    await db.query(
      `CREATE INDEX CONCURRENTLY staff_deliveries_finished ON notifier.staff_deliveries ((coalesce(sent_at, failed_at)))
       WHERE status <> 'scheduled'`,
    );
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS notifier.staff_deliveries_sent`);
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS notifier.staff_notices_by_age`);
    await db.query(
      `CREATE INDEX CONCURRENTLY staff_notices_by_age ON notifier.staff_notices (created_at) WHERE status = 'queued'`,
    );
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS notifier.staff_notices_by_age`);
    await db.query(`CREATE INDEX staff_deliveries_sent ON notifier.staff_deliveries (sent_at) WHERE status = 'sent'`);
    await db.query(`DROP INDEX IF EXISTS notifier.staff_deliveries_finished`);
    await db.query(
      `ALTER TABLE notifier.staff_deliveries RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold)`,
    );
  }
}
