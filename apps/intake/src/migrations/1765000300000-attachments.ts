import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to complaints, kept apart from the complaints so that reading a complaint never reads them. A file
 * is stored as numbered chunks of at most 256 KiB, written and read one at a time, so no process ever holds a whole
 * file. The bytes are already compressed (JPEG, PNG, PDF): EXTERNAL storage keeps Postgres from trying again.
 */
export class Attachments1765000300000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE intake.attachments (
        id            uuid PRIMARY KEY,
        complaint_id  uuid NOT NULL REFERENCES intake.complaints (id),
        content_type  text NOT NULL,
        size_bytes    bigint NOT NULL,
        chunk_count   integer NOT NULL,
        sha256        text NOT NULL,
        added_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX attachments_by_complaint ON intake.attachments (complaint_id, added_at)`);
    await db.query(`
      CREATE TABLE intake.attachment_chunks (
        attachment_id  uuid NOT NULL REFERENCES intake.attachments (id) ON DELETE CASCADE,
        seq            integer NOT NULL,
        data           bytea NOT NULL,
        PRIMARY KEY (attachment_id, seq)
      )`);
    await db.query(`ALTER TABLE intake.attachment_chunks ALTER COLUMN data SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE intake.attachment_chunks`);
    await db.query(`DROP TABLE intake.attachments`);
  }
}
