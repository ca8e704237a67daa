import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback links are keyed by the SHA-256 of their token (hex, as hashToken writes it), like every other credential:
 * a copy of the table no longer opens anyone's survey. Existing links keep working: their hash is computed from the
 * clear token, which is then dropped.
 */
export class FeedbackTokenHashes1733210000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.feedback ADD COLUMN token_hash text`);
    await db.query(`UPDATE notifier.feedback SET token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex')`);
    await db.query(`ALTER TABLE notifier.feedback DROP COLUMN token`);
    await db.query(`ALTER TABLE notifier.feedback ALTER COLUMN token_hash SET NOT NULL, ADD PRIMARY KEY (token_hash)`);
  }

  /** The clear tokens cannot come back: after a rollback the links already sent stop working. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.feedback RENAME COLUMN token_hash TO token`);
  }
}
