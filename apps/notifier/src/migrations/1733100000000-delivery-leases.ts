import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries claimed with a lease and scheduled fairly: the token of the lease a sender holds, the endpoint a message
 * goes to (the SMTP server, the SMS gateway, or a webhook's host) and the client system it is for, so the claim can
 * take the oldest due messages round-robin across endpoints and tenants; when the give-up clock started and when a
 * message was failed. Complaints keep their client system for that.
 */
export class DeliveryLeases1733100000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.complaints ADD COLUMN client_system text`);
    await db.query(`
      ALTER TABLE notifier.notifications
        ADD COLUMN client_system text NOT NULL DEFAULT '',
        ADD COLUMN endpoint_key  text NOT NULL GENERATED ALWAYS AS (
          CASE WHEN channel = 'webhook'
            THEN 'webhook:' || coalesce(lower(substring(recipient FROM '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#]+)')), '')
            ELSE channel END) STORED,
        ADD COLUMN lease_token   uuid,
        ADD COLUMN age_from      timestamptz,
        ADD COLUMN failed_at     timestamptz`);
    await db.query(
      `UPDATE notifier.notifications SET failed_at = coalesce(due_at, scheduled_for) WHERE status = 'failed'`,
    );
    await db.query(`DROP INDEX notifier.notifications_due`);
    await db.query(
      `CREATE INDEX notifications_due_by_queue ON notifier.notifications (endpoint_key, client_system, due_at) WHERE status = 'scheduled'`,
    );
    await db.query(`CREATE INDEX notifications_failed ON notifier.notifications (failed_at) WHERE status = 'failed'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifier.notifications_failed`);
    await db.query(`DROP INDEX notifier.notifications_due_by_queue`);
    await db.query(`CREATE INDEX notifications_due ON notifier.notifications (due_at) WHERE status = 'scheduled'`);
    await db.query(`
      ALTER TABLE notifier.notifications DROP COLUMN client_system, DROP COLUMN endpoint_key, DROP COLUMN lease_token,
        DROP COLUMN age_from, DROP COLUMN failed_at`);
    await db.query(`ALTER TABLE notifier.complaints DROP COLUMN client_system`);
  }
}
