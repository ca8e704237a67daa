import { createMessagingTables, dropMessagingTables } from '@redress/messaging/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1732300000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifier.notifications (
        id              uuid PRIMARY KEY,
        complaint_id    uuid NOT NULL,
        cause_event_id  uuid NOT NULL,
        kind            text NOT NULL,
        channel         text NOT NULL,
        status          text NOT NULL,
        scheduled_for   timestamptz NOT NULL,
        sent_at         timestamptz,
        attempts        integer NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cause_event_id, complaint_id)
      )`);
    await db.query(`CREATE INDEX notifications_by_complaint ON notifier.notifications (complaint_id, created_at)`);
    await db.query(`
      CREATE TABLE notifier.supervisors (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        token_hash  text NOT NULL UNIQUE
      )`);
    await createMessagingTables(db, 'notifier');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropMessagingTables(db, 'notifier');
    await db.query(`DROP TABLE notifier.supervisors, notifier.notifications`);
  }
}
