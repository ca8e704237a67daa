import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What accepted each sent message (`smtp`, `sms-gateway`, `webhook`, or `log-only` outside production), so a message
 * only written to the log is never taken for one a customer received. Rows sent before it stay NULL: unknown.
 */
export class DeliveryTransport1733400000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.notifications ADD COLUMN transport text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.notifications DROP COLUMN transport`);
  }
}
