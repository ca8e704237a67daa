import { createTimerTables, dropTimerTables } from '@redress/timers/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation proper: editable chains (owners leave a chain without losing their history), the assignment's life
 * (acknowledged, resolved with its three deliverables, breached at the top of the chain), its history of levels and
 * owners, durable deadline timers, and the count of complaints linked to each root cause.
 */
export class ChainsAndDeadlines1732500000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation.departments ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // An owner taken off a chain keeps the row (assignments and history point at it) but no longer signs in.
    await db.query(`
      ALTER TABLE escalation.owners
        ADD COLUMN added_at    timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN removed_at  timestamptz`);
    await db.query(`ALTER TABLE escalation.owners DROP CONSTRAINT owners_department_id_level_key`);
    await db.query(
      `CREATE UNIQUE INDEX owners_one_per_level ON escalation.owners (department_id, level) WHERE removed_at IS NULL`,
    );

    await db.query(`
      ALTER TABLE escalation.assignments
        ADD COLUMN level_since           timestamptz,
        ADD COLUMN next_due_at           timestamptz,
        ADD COLUMN acknowledged_at       timestamptz,
        ADD COLUMN acknowledged_by       uuid REFERENCES escalation.owners (id),
        ADD COLUMN resolved_at           timestamptz,
        ADD COLUMN resolved_by           uuid REFERENCES escalation.owners (id),
        ADD COLUMN actions_taken         text,
        ADD COLUMN cause_report          text,
        ADD COLUMN elimination_proposal  text,
        ADD COLUMN breached_at           timestamptz,
        ADD COLUMN breach_reason         text CHECK (breach_reason IN ('acknowledge-overdue', 'resolve-overdue')),
        ADD COLUMN updated_at            timestamptz`);
    await db.query(`UPDATE escalation.assignments SET level_since = created_at, updated_at = created_at,
      next_due_at = LEAST(acknowledge_due_at, resolve_due_at)`);
    await db.query(
      `ALTER TABLE escalation.assignments ALTER COLUMN level_since SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL`,
    );
    await db.query(
      `ALTER TABLE escalation.assignments ADD CONSTRAINT assignments_status CHECK (status IN ('open', 'acknowledged', 'resolved'))`,
    );
    await db.query(
      `CREATE INDEX assignments_by_department ON escalation.assignments (department_id, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX assignments_attention ON escalation.assignments (next_due_at) WHERE status <> 'resolved'`,
    );
    await db.query(
      `CREATE INDEX assignments_breached ON escalation.assignments (breached_at) WHERE breached_at IS NOT NULL AND status <> 'resolved'`,
    );

    await db.query(`
      CREATE TABLE escalation.assignment_history (
        id                  bigserial PRIMARY KEY,
        assignment_id       uuid NOT NULL REFERENCES escalation.assignments (id),
        at                  timestamptz NOT NULL,
        event               text NOT NULL CHECK (event IN ('created', 'escalated', 'breached', 'acknowledged', 'resolved')),
        level               smallint NOT NULL,
        owner_id            uuid NOT NULL REFERENCES escalation.owners (id),
        reason              text,
        acknowledge_due_at  timestamptz,
        resolve_due_at      timestamptz
      )`);
    await db.query(
      `CREATE INDEX assignment_history_by_assignment ON escalation.assignment_history (assignment_id, id)`,
    );
    await db.query(`
      INSERT INTO escalation.assignment_history (assignment_id, at, event, level, owner_id, acknowledge_due_at, resolve_due_at)
      SELECT id, created_at, 'created', level, owner_id, acknowledge_due_at, resolve_due_at FROM escalation.assignments`);

    // Complaints linked to each root cause, counted from rootcause.complaint-linked (never a list of ids).
    await db.query(`
      CREATE TABLE escalation.root_cause_complaints (
        root_cause_id    uuid PRIMARY KEY,
        complaint_count  integer NOT NULL CHECK (complaint_count >= 0)
      )`);

    await createTimerTables(db, 'escalation');
    // Assignments made before this migration get their deadline timer now.
    await db.query(`
      INSERT INTO escalation.timers (id, kind, subject_id, due_at, payload)
      SELECT gen_random_uuid(), 'assignment-deadline', id::text, next_due_at, jsonb_build_object('level', level)
      FROM escalation.assignments WHERE status <> 'resolved'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await dropTimerTables(db, 'escalation');
    await db.query(`DROP TABLE escalation.root_cause_complaints, escalation.assignment_history`);
    await db.query(
      `DROP INDEX escalation.assignments_breached, escalation.assignments_attention, escalation.assignments_by_department`,
    );
    await db.query(`ALTER TABLE escalation.assignments DROP CONSTRAINT assignments_status`);
    await db.query(`
      ALTER TABLE escalation.assignments
        DROP COLUMN level_since, DROP COLUMN next_due_at, DROP COLUMN acknowledged_at, DROP COLUMN acknowledged_by,
        DROP COLUMN resolved_at, DROP COLUMN resolved_by, DROP COLUMN actions_taken, DROP COLUMN cause_report,
        DROP COLUMN elimination_proposal, DROP COLUMN breached_at, DROP COLUMN breach_reason, DROP COLUMN updated_at`);
    await db.query(`DROP INDEX escalation.owners_one_per_level`);
    await db.query(`DELETE FROM escalation.owners WHERE removed_at IS NOT NULL`);
    await db.query(
      `ALTER TABLE escalation.owners ADD CONSTRAINT owners_department_id_level_key UNIQUE (department_id, level)`,
    );
    await db.query(`ALTER TABLE escalation.owners DROP COLUMN added_at, DROP COLUMN removed_at`);
    await db.query(`ALTER TABLE escalation.departments DROP COLUMN updated_at`);
  }
}
