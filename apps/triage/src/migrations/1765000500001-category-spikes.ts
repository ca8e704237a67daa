import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spikes within known categories (issue 28): each one once (category, touchpoint, window, its start), and the mark
 * the agenda shows on the category's root cause.
 */
export class CategorySpikes1765000500001 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE triage.category_spikes (
        category       text NOT NULL,
        touchpoint     text NOT NULL,
        window_kind    text NOT NULL CHECK (window_kind IN ('hour', 'day')),
        window_start   timestamptz NOT NULL,
        complaints     integer NOT NULL,
        usual          double precision NOT NULL,
        root_cause_id  uuid NOT NULL,
        detected_at    timestamptz NOT NULL,
        PRIMARY KEY (category, touchpoint, window_kind, window_start)
      )`);
    await db.query(`ALTER TABLE triage.root_causes ADD COLUMN spike_detected_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE triage.root_causes DROP COLUMN spike_detected_at`);
    await db.query(`DROP TABLE triage.category_spikes`);
  }
}
