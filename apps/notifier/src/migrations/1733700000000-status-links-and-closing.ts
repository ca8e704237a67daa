import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status links, keyed like feedback links by their token's SHA-256 (one per message: the clear token lives in that
 * message alone); and what closing needs: when the complaint was resolved, whether a low rating owes a callback,
 * when and why it closed.
 */
export class StatusLinksAndClosing1733700000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifier.status_links (
        token_hash    text PRIMARY KEY,
        complaint_id  uuid NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX status_links_by_complaint ON notifier.status_links (complaint_id)`);
    await db.query(`
      ALTER TABLE notifier.complaints
        ADD COLUMN resolved_at         timestamptz,
        ADD COLUMN customer_summary    text,
        ADD COLUMN callback_owed_since timestamptz,
        ADD COLUMN closed_at           timestamptz,
        ADD COLUMN close_reason        text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifier.complaints DROP COLUMN resolved_at, DROP COLUMN customer_summary, DROP COLUMN callback_owed_since,
        DROP COLUMN closed_at, DROP COLUMN close_reason`);
    await db.query(`DROP TABLE notifier.status_links`);
  }
}
