import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A customer's message that fails for good by email goes by SMS, and the other way round: each email or SMS keeps
 * the message rendered for the other channel (`fallback`: channel, recipient, subject, body; null when there is none)
 * and the message sent instead points at the one it replaces (`fallback_of`).
 */
export class ContactFallbacks1733500000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.notifications ADD COLUMN fallback jsonb, ADD COLUMN fallback_of uuid`);
    // The resend CLI looks up whether a failed message was replaced.
    await db.query(
      `CREATE INDEX notifications_fallback_of ON notifier.notifications (fallback_of) WHERE fallback_of IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifier.notifications_fallback_of`);
    await db.query(`ALTER TABLE notifier.notifications DROP COLUMN fallback, DROP COLUMN fallback_of`);
  }
}
