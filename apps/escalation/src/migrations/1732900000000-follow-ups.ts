import { MigrationInterface, QueryRunner } from 'typeorm';

/** Callbacks customer service owes customers who rated the outcome 1 or 2, one per complaint. */
export class FollowUps1732900000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE escalation.follow_ups (
        id             uuid PRIMARY KEY,
        complaint_id   uuid NOT NULL UNIQUE,
        rating         smallint NOT NULL,
        reason         text,
        comment        text,
        department_id  text NOT NULL REFERENCES escalation.departments (id),
        level          smallint NOT NULL,
        owner_id       uuid NOT NULL REFERENCES escalation.owners (id),
        status         text NOT NULL CHECK (status IN ('open', 'done')),
        requested_at   timestamptz NOT NULL,
        due_at         timestamptz NOT NULL,
        window_ms      bigint NOT NULL,
        breached_at    timestamptz,
        outcome        text,
        note           text,
        completed_at   timestamptz,
        completed_by   uuid
      )`);
    await db.query(
      `CREATE INDEX follow_ups_by_department ON escalation.follow_ups (department_id, status, due_at, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE escalation.follow_ups`);
  }
}
