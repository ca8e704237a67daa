import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The index the pruning of delivered messages' bodies finds them by (NOTIFICATION_BODY_RETENTION): sent rows whose
 * body or fallback is still there. A blanked row leaves the index, so it holds only what is still to blank. Built
 * CONCURRENTLY so deliveries go on while it is built.
 */
export class NotificationBodyPruning1765000100001 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS notifier.notifications_body_kept`);
    await db.query(
      `CREATE INDEX CONCURRENTLY notifications_body_kept ON notifier.notifications (sent_at)
       WHERE status = 'sent' AND (body IS NOT NULL OR fallback IS NOT NULL)`,
    );
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS notifier.notifications_body_kept`);
  }
}
