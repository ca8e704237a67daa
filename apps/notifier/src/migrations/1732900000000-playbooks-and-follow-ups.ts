import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Force-majeure playbooks and their applications (one per complaint), the reason a low rating gives, and
 * compensations granted on receipt, before any root cause is known.
 */
export class PlaybooksAndFollowUps1732900000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifier.playbooks (
        id            uuid PRIMARY KEY,
        name          text NOT NULL UNIQUE,
        touchpoint    text,
        keywords      text[] NOT NULL,
        active_from   timestamptz NOT NULL,
        active_until  timestamptz,
        message       jsonb NOT NULL,
        compensation  bigint NOT NULL CHECK (compensation >= 0),
        currency      text NOT NULL,
        created_by    uuid NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CHECK (active_until IS NULL OR active_until > active_from)
      )`);
    await db.query(`
      CREATE TABLE notifier.playbook_applications (
        complaint_id     uuid PRIMARY KEY,
        playbook_id      uuid NOT NULL REFERENCES notifier.playbooks (id),
        applied_at       timestamptz NOT NULL,
        compensation     bigint NOT NULL,
        currency         text NOT NULL,
        notification_id  uuid
      )`);
    await db.query(
      `CREATE INDEX playbook_applications_by_playbook ON notifier.playbook_applications (playbook_id, applied_at, complaint_id)`,
    );
    await db.query(`ALTER TABLE notifier.compensations ALTER COLUMN root_cause_id DROP NOT NULL`);
    await db.query(`ALTER TABLE notifier.feedback ADD COLUMN reason text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.feedback DROP COLUMN reason`);
    await db.query(`DROP TABLE notifier.playbook_applications, notifier.playbooks`);
  }
}
