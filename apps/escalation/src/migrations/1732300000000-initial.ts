import { createMessagingTables, dropMessagingTables } from '@redress/messaging/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1732300000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE escalation.departments (
        id    text PRIMARY KEY,
        name  text NOT NULL
      )`);
    // The escalation chain: level 1 owns first, each missed deadline hands over to the next level.
    await db.query(`
      CREATE TABLE escalation.owners (
        id             uuid PRIMARY KEY,
        department_id  text NOT NULL REFERENCES escalation.departments (id),
        level          smallint NOT NULL CHECK (level >= 1),
        name           text NOT NULL,
        email          text,
        token_hash     text NOT NULL UNIQUE,
        UNIQUE (department_id, level)
      )`);
    await db.query(`
      CREATE TABLE escalation.assignments (
        id                  uuid PRIMARY KEY,
        root_cause_id       uuid NOT NULL UNIQUE,
        department_id       text NOT NULL REFERENCES escalation.departments (id),
        level               smallint NOT NULL,
        owner_id            uuid NOT NULL REFERENCES escalation.owners (id),
        status              text NOT NULL,
        cause               text NOT NULL,
        complaint_count     integer NOT NULL,
        acknowledge_due_at  timestamptz NOT NULL,
        resolve_due_at      timestamptz NOT NULL,
        created_at          timestamptz NOT NULL
      )`);
    await createMessagingTables(db, 'escalation');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropMessagingTables(db, 'escalation');
    await db.query(`DROP TABLE escalation.assignments, escalation.owners, escalation.departments`);
  }
}
