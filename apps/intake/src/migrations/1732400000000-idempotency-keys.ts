import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1732400000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // A client system's retried POST finds its first answer here; the key is scoped to the client system.
    await db.query(`
      CREATE TABLE intake.idempotency_keys (
        client_system_id  uuid NOT NULL REFERENCES intake.client_systems (id),
        key               text NOT NULL,
        request_hash      text NOT NULL,
        response          jsonb,
        created_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (client_system_id, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_by_age ON intake.idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE intake.idempotency_keys`);
  }
}
