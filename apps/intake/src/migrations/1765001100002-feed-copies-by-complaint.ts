import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an erasure finds a complaint's copies of its timeline by, in the change feed and the subscription deliveries
 * (see ComplaintErasure). Built CONCURRENTLY so the feed and the deliveries go on while they are built.
 */
export class FeedCopiesByComplaint1765001100002 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['client_changes', 'webhook_deliveries']) {
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS intake.${table}_by_complaint`);
      await db.query(`CREATE INDEX CONCURRENTLY ${table}_by_complaint ON intake.${table} (complaint_id)`);
    }
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS intake.client_changes_by_complaint, intake.webhook_deliveries_by_complaint`);
  }
}
