import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal data lifecycle (docs/personal-data.md): erasures with each service's progress, an audit trail of
 * erasures and exports that names no customer, when each complaint closed and was erased (the retention clock), a
 * client system's own retention, and indexes to find one customer's complaints by phone, email or external ref.
 */
export class PersonalData1765000600000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE intake.complaints
        ADD COLUMN closed_at  timestamptz,
        ADD COLUMN erased_at  timestamptz`);
    await db.query(`
      UPDATE intake.complaints c SET closed_at = e.occurred_at
      FROM intake.complaint_events e
      WHERE e.complaint_id = c.id AND e.type = 'complaint.closed' AND c.status = 'closed'`);
    await db.query(
      `CREATE INDEX complaints_due_for_erasure ON intake.complaints (closed_at) WHERE erased_at IS NULL AND closed_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX complaints_by_phone ON intake.complaints (client_system_id, (customer ->> 'phone')) WHERE erased_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX complaints_by_email ON intake.complaints (client_system_id, lower(customer ->> 'email')) WHERE erased_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX complaints_by_external_ref ON intake.complaints (client_system_id, external_ref) WHERE erased_at IS NULL`,
    );
    await db.query(`ALTER TABLE intake.client_systems ADD COLUMN personal_data_retention_ms bigint`);
    await db.query(`
      CREATE TABLE intake.erasures (
        id                uuid PRIMARY KEY,
        client_system_id  uuid NOT NULL REFERENCES intake.client_systems (id),
        reason            text NOT NULL CHECK (reason IN ('request', 'retention')),
        requested_at      timestamptz NOT NULL DEFAULT now(),
        complaint_count   integer NOT NULL,
        parts             integer NOT NULL,
        completed_at      timestamptz
      )`);
    await db.query(`
      CREATE TABLE intake.erasure_progress (
        erasure_id   uuid NOT NULL REFERENCES intake.erasures (id),
        service      text NOT NULL,
        part         integer NOT NULL,
        complaints   integer NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (erasure_id, service, part)
      )`);
    await db.query(`
      CREATE TABLE intake.privacy_audit (
        id                bigserial PRIMARY KEY,
        client_system_id  uuid NOT NULL REFERENCES intake.client_systems (id),
        action            text NOT NULL CHECK (action IN ('erasure', 'export')),
        requested_by      text NOT NULL,
        at                timestamptz NOT NULL DEFAULT now(),
        complaint_count   integer NOT NULL,
        erasure_id        uuid
      )`);
    await db.query(`CREATE INDEX privacy_audit_by_client ON intake.privacy_audit (client_system_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE intake.privacy_audit, intake.erasure_progress, intake.erasures`);
    await db.query(`ALTER TABLE intake.client_systems DROP COLUMN personal_data_retention_ms`);
    await db.query(
      `DROP INDEX intake.complaints_by_external_ref, intake.complaints_by_email, intake.complaints_by_phone, intake.complaints_due_for_erasure`,
    );
    await db.query(`ALTER TABLE intake.complaints DROP COLUMN closed_at, DROP COLUMN erased_at`);
  }
}
