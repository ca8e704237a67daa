import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed of each client system (GET /complaints/changes). Triggers write every timeline entry and status
 * change of a complaint to `pending_changes` in the transaction that makes it, so no code path can forget one; the
 * sequencer (ChangeSequencer) later moves committed rows to `client_changes`, numbering them 1, 2, 3... per client
 * system. Only the sequencer numbers, one at a time, so a position is never seen before a smaller one.
 */
export class ChangeFeed1733900000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // A queue: vacuumed after every thousand dead rows, like the outbox (see queueTableVacuumMigration).
    await db.query(`
      CREATE TABLE intake.pending_changes (
        id                bigserial PRIMARY KEY,
        client_system_id  uuid NOT NULL,
        complaint_id      uuid NOT NULL,
        type              text NOT NULL,
        at                timestamptz NOT NULL,
        summary           text NOT NULL,
        details           jsonb NOT NULL
      ) WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)`);
    await db.query(`
      CREATE TABLE intake.client_changes (
        client_system_id  uuid NOT NULL,
        position          bigint NOT NULL,
        complaint_id      uuid NOT NULL,
        type              text NOT NULL,
        at                timestamptz NOT NULL,
        summary           text NOT NULL,
        details           jsonb NOT NULL,
        PRIMARY KEY (client_system_id, position)
      )`);
    await db.query(`
      CREATE TABLE intake.change_positions (
        client_system_id  uuid PRIMARY KEY,
        last_position     bigint NOT NULL
      )`);
    // A new timeline entry of a complaint.
    await db.query(`
      CREATE FUNCTION intake.note_complaint_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO intake.pending_changes (client_system_id, complaint_id, type, at, summary, details)
        SELECT c.client_system_id, c.id, e.type, e.occurred_at, e.summary, e.details
        FROM inserted e JOIN intake.complaints c ON c.id = e.complaint_id
        ORDER BY e.occurred_at;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER complaint_events_feed AFTER INSERT ON intake.complaint_events
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION intake.note_complaint_events()`);
    // A root cause's entry belongs to the timeline of every complaint linked to it.
    await db.query(`
      CREATE FUNCTION intake.note_root_cause_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO intake.pending_changes (client_system_id, complaint_id, type, at, summary, details)
        SELECT c.client_system_id, c.id, r.type, r.occurred_at, r.summary, r.details
        FROM inserted r JOIN intake.complaints c ON c.root_cause_id = r.root_cause_id
        ORDER BY r.occurred_at, c.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER root_cause_events_feed AFTER INSERT ON intake.root_cause_events
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION intake.note_root_cause_events()`);
    // A new complaint's first status.
    await db.query(`
      CREATE FUNCTION intake.note_new_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO intake.pending_changes (client_system_id, complaint_id, type, at, summary, details)
        SELECT client_system_id, id, 'status.changed', received_at, 'Status: ' || status, jsonb_build_object('from', null, 'to', status)
        FROM inserted ORDER BY received_at, id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER complaints_insert_feed AFTER INSERT ON intake.complaints
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION intake.note_new_complaints()`);
    // A status step, and, on linking, the entries the root cause already had (they join the complaint's timeline).
    await db.query(`
      CREATE FUNCTION intake.note_complaint_updates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO intake.pending_changes (client_system_id, complaint_id, type, at, summary, details)
        SELECT n.client_system_id, n.id, r.type, r.occurred_at, r.summary, r.details
        FROM after_rows n JOIN before_rows o ON o.id = n.id JOIN intake.root_cause_events r ON r.root_cause_id = n.root_cause_id
        WHERE n.root_cause_id IS DISTINCT FROM o.root_cause_id
        ORDER BY n.id, r.occurred_at;
        INSERT INTO intake.pending_changes (client_system_id, complaint_id, type, at, summary, details)
        SELECT n.client_system_id, n.id, 'status.changed', now(), 'Status: ' || n.status, jsonb_build_object('from', o.status, 'to', n.status)
        FROM after_rows n JOIN before_rows o ON o.id = n.id
        WHERE n.status IS DISTINCT FROM o.status
        ORDER BY n.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER complaints_update_feed AFTER UPDATE ON intake.complaints
      REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION intake.note_complaint_updates()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER complaints_update_feed ON intake.complaints`);
    await db.query(`DROP TRIGGER complaints_insert_feed ON intake.complaints`);
    await db.query(`DROP TRIGGER root_cause_events_feed ON intake.root_cause_events`);
    await db.query(`DROP TRIGGER complaint_events_feed ON intake.complaint_events`);
    await db.query(
      `DROP FUNCTION intake.note_complaint_updates(), intake.note_new_complaints(), intake.note_root_cause_events(), intake.note_complaint_events()`,
    );
    await db.query(`DROP TABLE intake.change_positions, intake.client_changes, intake.pending_changes`);
  }
}
