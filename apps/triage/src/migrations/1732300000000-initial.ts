import { createMessagingTables, dropMessagingTables } from '@redress/messaging/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1732300000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE triage.root_causes (
        id                    uuid PRIMARY KEY,
        category              text NOT NULL,
        touchpoint            text NOT NULL,
        status                text NOT NULL,
        suggested_cause       text NOT NULL,
        suggested_department  text NOT NULL,
        cause                 text,
        department            text,
        decided_by            text,
        complaint_count       integer NOT NULL DEFAULT 0,
        opened_at             timestamptz NOT NULL,
        identified_at         timestamptz
      )`);
    // At most one unresolved root cause per category and touchpoint: concurrent complaints join the same one.
    await db.query(`
      CREATE UNIQUE INDEX root_causes_one_open ON triage.root_causes (category, touchpoint) WHERE status <> 'resolved'`);
    await db.query(`
      CREATE TABLE triage.complaint_links (
        complaint_id     uuid PRIMARY KEY,
        root_cause_id    uuid NOT NULL REFERENCES triage.root_causes (id),
        dissatisfaction  text NOT NULL,
        linked_at        timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX complaint_links_by_root_cause ON triage.complaint_links (root_cause_id)`);
    await db.query(`
      CREATE TABLE triage.committee_members (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        department  text NOT NULL,
        chair       boolean NOT NULL DEFAULT false,
        token_hash  text NOT NULL UNIQUE
      )`);
    await db.query(`CREATE UNIQUE INDEX committee_one_chair ON triage.committee_members (chair) WHERE chair`);
    await createMessagingTables(db, 'triage');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropMessagingTables(db, 'triage');
    await db.query(`DROP TABLE triage.committee_members, triage.complaint_links, triage.root_causes`);
  }
}
