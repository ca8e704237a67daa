import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions signed out before their cookie expires. A row is needed only until then: a copy of the cookie stops
 * working by itself at `expires_at`, so older rows are deleted.
 */
export class RevokedSessions1733200000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE console.revoked_sessions (
        session_id  text PRIMARY KEY,
        expires_at  timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX revoked_sessions_by_expiry ON console.revoked_sessions (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE console.revoked_sessions`);
  }
}
