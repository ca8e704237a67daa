import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client system's key can be rotated: the new key becomes `api_key_hash`, the old one moves to `retired_client_keys`
 * and keeps working until `expires_at` (API_KEY_OVERLAP) unless revoked sooner. Keys are listed by a short prefix
 * (unknown for keys made before this) and the time they were last used (written at most once a minute per key).
 */
export class KeyRotation1733900000001 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE intake.client_systems ADD COLUMN key_prefix text UNIQUE, ADD COLUMN last_used_at timestamptz`,
    );
    await db.query(`
      CREATE TABLE intake.retired_client_keys (
        key_hash          text PRIMARY KEY,
        client_system_id  uuid NOT NULL REFERENCES intake.client_systems (id),
        key_prefix        text UNIQUE,
        retired_at        timestamptz NOT NULL DEFAULT now(),
        expires_at        timestamptz NOT NULL,
        revoked_at        timestamptz,
        last_used_at      timestamptz
      )`);
    await db.query(`CREATE INDEX retired_client_keys_by_client ON intake.retired_client_keys (client_system_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE intake.retired_client_keys`);
    await db.query(`ALTER TABLE intake.client_systems DROP COLUMN key_prefix, DROP COLUMN last_used_at`);
  }
}
