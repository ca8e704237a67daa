import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery's attempts by delivery: an erasure redacts the attempts' error texts of a complaint's deliveries, and
 * pruning a delivery deletes its attempts (ON DELETE CASCADE); both would otherwise scan every attempt. CONCURRENTLY,
 * so deliveries go on while it is built.
 */
export class WebhookAttemptsByDelivery1765002400002 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS intake.webhook_attempts_by_delivery`);
    await db.query(`CREATE INDEX CONCURRENTLY webhook_attempts_by_delivery ON intake.webhook_attempts (delivery_id)`);
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS intake.webhook_attempts_by_delivery`);
  }
}
