import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff directory and what staff are told. A profile per person (`<role>:<id>`: owner, member, supervisor) with
 * where to reach them and how they want each kind of notice. A notice is what a person is told, once per causing event
 * and kind (the unique key); it goes out at once or waits for the person's digest. A staff delivery is one message on
 * the wire (email or chat webhook), leased and retried like customer messages but in its own queue.
 */
export class StaffNotices1765000400000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifier.staff_profiles (
        person        text PRIMARY KEY,
        role          text NOT NULL CHECK (role IN ('owner', 'member', 'supervisor')),
        name          text NOT NULL DEFAULT '',
        email         text,
        chat_webhook  text,
        time_zone     text NOT NULL,
        preferences   jsonb NOT NULL DEFAULT '{}',
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX staff_profiles_role ON notifier.staff_profiles (role)`);
    await db.query(`
      CREATE TABLE notifier.staff_notices (
        id            uuid PRIMARY KEY,
        person        text NOT NULL,
        kind          text NOT NULL,
        cause_event_id uuid NOT NULL,
        subject       text NOT NULL,
        body          text NOT NULL,
        link          text NOT NULL,
        delivery      text NOT NULL CHECK (delivery IN ('now', 'digest')),
        status        text NOT NULL CHECK (status IN ('held', 'queued')),
        digest_due_at timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        queued_at     timestamptz,
        UNIQUE (cause_event_id, person, kind)
      )`);
    await db.query(`CREATE INDEX staff_notices_of_person ON notifier.staff_notices (person, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX staff_notices_held ON notifier.staff_notices (person) WHERE status = 'held'`);
    await db.query(`
      CREATE TABLE notifier.staff_deliveries (
        id            uuid PRIMARY KEY,
        person        text NOT NULL,
        channel       text NOT NULL CHECK (channel IN ('email', 'chat')),
        recipient     text NOT NULL,
        subject       text NOT NULL,
        body          text NOT NULL,
        notices       integer NOT NULL,
        status        text NOT NULL CHECK (status IN ('scheduled', 'sent', 'failed')),
        due_at        timestamptz NOT NULL,
        age_from      timestamptz NOT NULL,
        attempts      integer NOT NULL DEFAULT 0,
        lease_token   uuid,
        last_error    text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        sent_at       timestamptz,
        failed_at     timestamptz
      )`);
    await db.query(
      `CREATE INDEX staff_deliveries_due ON notifier.staff_deliveries (due_at) WHERE status = 'scheduled'`,
    );
    // What the pruning finds its batches by: sent messages, oldest first (staffDeliveriesPruneJob).
    await db.query(`CREATE INDEX staff_deliveries_sent ON notifier.staff_deliveries (sent_at) WHERE status = 'sent'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifier.staff_deliveries`);
    await db.query(`DROP TABLE notifier.staff_notices`);
    await db.query(`DROP TABLE notifier.staff_profiles`);
  }
}
