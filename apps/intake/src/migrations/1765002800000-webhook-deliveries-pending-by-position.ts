import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each client system's pending deliveries in feed order: a claim walks each subscription's first few through it
 * instead of numbering every pending delivery, which cost 233 ms a claim with a storm's backlog. CONCURRENTLY, so
 * deliveries go on while it is built.
 */
export class WebhookDeliveriesPendingByPosition1765002800000 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS intake.webhook_deliveries_pending_by_position`);
    await db.query(
      `CREATE INDEX CONCURRENTLY webhook_deliveries_pending_by_position
         ON intake.webhook_deliveries (client_system_id, position) WHERE status = 'pending'`,
    );
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS intake.webhook_deliveries_pending_by_position`);
  }
}
