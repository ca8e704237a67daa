import { createTimerTables, dropTimerTables } from '@redress/timers/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee review: votes, durable review deadlines, impact for the agenda, moves and merges, and what the
 * trends need (each link's category and time of receipt, when a root cause was resolved).
 */
export class Committee1732400000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE triage.root_causes
        ADD COLUMN impact         integer NOT NULL DEFAULT 0,
        ADD COLUMN review_due_at  timestamptz,
        ADD COLUMN merged_into    uuid REFERENCES triage.root_causes (id),
        ADD COLUMN merged_at      timestamptz,
        ADD COLUMN resolved_at    timestamptz`);
    await db.query(`
      ALTER TABLE triage.root_causes ADD CONSTRAINT root_causes_status
        CHECK (status IN ('under-review', 'identified', 'merged', 'resolved'))`);
    // A merged root cause gives up its category and touchpoint: the next such complaint opens a new one.
    await db.query(`DROP INDEX triage.root_causes_one_open`);
    await db.query(`
      CREATE UNIQUE INDEX root_causes_one_open ON triage.root_causes (category, touchpoint)
      WHERE status IN ('under-review', 'identified')`);
    await db.query(
      `CREATE INDEX root_causes_agenda ON triage.root_causes (impact DESC, opened_at, id) WHERE status = 'under-review'`,
    );
    await db.query(`CREATE INDEX root_causes_by_status ON triage.root_causes (status, opened_at DESC, id DESC)`);

    await db.query(`
      ALTER TABLE triage.complaint_links
        ADD COLUMN category     text,
        ADD COLUMN received_at  timestamptz`);
    await db.query(`
      UPDATE triage.complaint_links l SET category = r.category, received_at = l.linked_at
      FROM triage.root_causes r WHERE r.id = l.root_cause_id`);
    await db.query(
      `ALTER TABLE triage.complaint_links ALTER COLUMN category SET NOT NULL, ALTER COLUMN received_at SET NOT NULL`,
    );
    await db.query(`DROP INDEX triage.complaint_links_by_root_cause`);
    await db.query(
      `CREATE INDEX complaint_links_by_root_cause ON triage.complaint_links (root_cause_id, linked_at, complaint_id)`,
    );
    await db.query(`CREATE INDEX complaint_links_by_week ON triage.complaint_links (received_at, category)`);
    await db.query(`
      UPDATE triage.root_causes r SET impact = coalesce((
        SELECT sum(CASE l.dissatisfaction WHEN 'outraged' THEN 3 WHEN 'upset' THEN 2 ELSE 1 END)
        FROM triage.complaint_links l WHERE l.root_cause_id = r.id), 0)`);

    await db.query(`
      ALTER TABLE triage.committee_members
        ADD COLUMN added_at    timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN removed_at  timestamptz`);
    await db.query(`
      CREATE TABLE triage.votes (
        root_cause_id  uuid NOT NULL REFERENCES triage.root_causes (id),
        member_id      uuid NOT NULL REFERENCES triage.committee_members (id),
        cause          text NOT NULL,
        department     text NOT NULL,
        cast_at        timestamptz NOT NULL,
        PRIMARY KEY (root_cause_id, member_id)
      )`);
    await createTimerTables(db, 'triage');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropTimerTables(db, 'triage');
    await db.query(`DROP TABLE triage.votes`);
    await db.query(`ALTER TABLE triage.committee_members DROP COLUMN added_at, DROP COLUMN removed_at`);
    await db.query(`DROP INDEX triage.complaint_links_by_week`);
    await db.query(`DROP INDEX triage.complaint_links_by_root_cause`);
    await db.query(`CREATE INDEX complaint_links_by_root_cause ON triage.complaint_links (root_cause_id)`);
    await db.query(`ALTER TABLE triage.complaint_links DROP COLUMN category, DROP COLUMN received_at`);
    await db.query(`DROP INDEX triage.root_causes_by_status`);
    await db.query(`DROP INDEX triage.root_causes_agenda`);
    await db.query(`DROP INDEX triage.root_causes_one_open`);
    await db.query(
      `CREATE UNIQUE INDEX root_causes_one_open ON triage.root_causes (category, touchpoint) WHERE status <> 'resolved'`,
    );
    await db.query(`ALTER TABLE triage.root_causes DROP CONSTRAINT root_causes_status`);
    await db.query(`
      ALTER TABLE triage.root_causes
        DROP COLUMN impact, DROP COLUMN review_due_at, DROP COLUMN merged_into, DROP COLUMN merged_at, DROP COLUMN resolved_at`);
  }
}
