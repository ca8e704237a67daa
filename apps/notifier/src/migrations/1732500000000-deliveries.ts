import { createTimerTables, dropTimerTables } from '@redress/timers/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the notifier learns from events (complaints with their contact data and root-cause link, root causes and
 * their events), deliveries with retries, compensations with the period budget, and feedback tokens.
 */
export class Deliveries1732500000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifier.complaints (
        id                uuid PRIMARY KEY,
        -- null until complaint.received arrives (a link can come first: other key, other topic)
        received_at       timestamptz,
        reference         text,
        address_as        text,
        phone             text,
        email             text,
        timezone          text,
        window_from       text,
        window_to         text,
        preferred_channel text,
        locale            text,
        dissatisfaction   text,
        order_amount      bigint,
        order_currency    text,
        remedy_type       text,
        claimed_amount    bigint,
        claimed_currency  text,
        callback_url      text,
        -- the latest link wins, by the link's own time
        root_cause_id     uuid,
        linked_at         timestamptz
      )`);
    await db.query(`CREATE INDEX complaints_by_root_cause ON notifier.complaints (root_cause_id, id)`);
    await db.query(`
      CREATE TABLE notifier.root_causes (
        id                  uuid PRIMARY KEY,
        department          text,
        progress_event_id   uuid,
        progress_at         timestamptz,
        resolved_event_id   uuid,
        resolved_at         timestamptz
      )`);
    await db.query(`
      CREATE TABLE notifier.root_cause_events (
        event_id       uuid PRIMARY KEY,
        root_cause_id  uuid NOT NULL,
        type           text NOT NULL,
        occurred_at    timestamptz NOT NULL,
        data           jsonb NOT NULL,
        fanned_out     integer NOT NULL DEFAULT 0,
        fan_out_done_at timestamptz
      )`);
    await db.query(`
      ALTER TABLE notifier.notifications
        ADD COLUMN root_cause_id uuid,
        ADD COLUMN recipient     text,
        ADD COLUMN locale        text,
        ADD COLUMN subject       text,
        ADD COLUMN body          text,
        ADD COLUMN due_at        timestamptz,
        ADD COLUMN last_error    text,
        ADD CONSTRAINT notifications_status CHECK (status IN ('scheduled', 'sent', 'failed'))`);
    await db.query(`UPDATE notifier.notifications SET due_at = scheduled_for`);
    await db.query(`CREATE INDEX notifications_due ON notifier.notifications (due_at) WHERE status = 'scheduled'`);
    await db.query(`
      CREATE TABLE notifier.compensations (
        id             uuid PRIMARY KEY,
        complaint_id   uuid NOT NULL UNIQUE,
        root_cause_id  uuid NOT NULL,
        currency       text NOT NULL,
        granted        bigint NOT NULL CHECK (granted >= 0),
        requested      bigint,
        basis          text NOT NULL,
        status         text NOT NULL CHECK (status IN ('none', 'granted', 'review', 'approved', 'rejected')),
        review_reason  text,
        period         text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        decided_at     timestamptz,
        decided_by     uuid
      )`);
    await db.query(`CREATE INDEX compensations_by_status ON notifier.compensations (status, created_at, id)`);
    await db.query(`
      CREATE TABLE notifier.budgets (
        period        text NOT NULL,
        currency      text NOT NULL,
        limit_amount  bigint NOT NULL,
        used          bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (period, currency)
      )`);
    await db.query(`
      CREATE TABLE notifier.feedback (
        token         text PRIMARY KEY,
        complaint_id  uuid NOT NULL UNIQUE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        answered_at   timestamptz,
        rating        integer CHECK (rating BETWEEN 1 AND 5),
        comment       text
      )`);
    await createTimerTables(db, 'notifier');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropTimerTables(db, 'notifier');
    await db.query(
      `DROP TABLE notifier.feedback, notifier.budgets, notifier.compensations, notifier.root_cause_events, notifier.root_causes, notifier.complaints`,
    );
    await db.query(`DROP INDEX notifier.notifications_due`);
    await db.query(`
      ALTER TABLE notifier.notifications DROP CONSTRAINT notifications_status, DROP COLUMN root_cause_id, DROP COLUMN recipient,
        DROP COLUMN locale, DROP COLUMN subject, DROP COLUMN body, DROP COLUMN due_at, DROP COLUMN last_error`);
  }
}
