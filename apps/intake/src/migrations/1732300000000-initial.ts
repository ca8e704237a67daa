import { createMessagingTables, dropMessagingTables } from '@redress/messaging/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1732300000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE intake.client_systems (
        id            uuid PRIMARY KEY,
        name          text NOT NULL UNIQUE,
        api_key_hash  text NOT NULL UNIQUE,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE intake.complaints (
        id                uuid PRIMARY KEY,
        client_system_id  uuid NOT NULL REFERENCES intake.client_systems (id),
        external_ref      text,
        customer          jsonb NOT NULL,
        touchpoint        text NOT NULL,
        "order"           jsonb,
        text              text NOT NULL,
        dissatisfaction   text NOT NULL,
        remedy            jsonb,
        callback_url      text,
        received_at       timestamptz NOT NULL,
        status            text NOT NULL,
        status_rank       smallint NOT NULL,
        root_cause_id     uuid
      )`);
    await db.query(
      `CREATE INDEX complaints_by_client ON intake.complaints (client_system_id, received_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX complaints_by_root_cause ON intake.complaints (root_cause_id) WHERE root_cause_id IS NOT NULL`,
    );
    // Events about one complaint, and events about a root cause kept once and fanned out when read.
    await db.query(`
      CREATE TABLE intake.complaint_events (
        event_id      uuid PRIMARY KEY,
        complaint_id  uuid NOT NULL,
        type          text NOT NULL,
        occurred_at   timestamptz NOT NULL,
        summary       text NOT NULL,
        details       jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX complaint_events_by_complaint ON intake.complaint_events (complaint_id, occurred_at)`);
    await db.query(`
      CREATE TABLE intake.root_cause_events (
        event_id       uuid PRIMARY KEY,
        root_cause_id  uuid NOT NULL,
        type           text NOT NULL,
        occurred_at    timestamptz NOT NULL,
        summary        text NOT NULL,
        details        jsonb NOT NULL,
        status_rank    smallint
      )`);
    await db.query(
      `CREATE INDEX root_cause_events_by_root_cause ON intake.root_cause_events (root_cause_id, occurred_at)`,
    );
    await createMessagingTables(db, 'intake');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropMessagingTables(db, 'intake');
    await db.query(
      `DROP TABLE intake.root_cause_events, intake.complaint_events, intake.complaints, intake.client_systems`,
    );
  }
}
