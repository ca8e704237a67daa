import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each department's working calendar and deadlines per severity (null: wall clock and the settings' defaults); each
 * assignment's severity, and the outside party it waits on, since when, and how long it has waited in all.
 */
export class ServiceLevelPolicies1733800000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE escalation.departments
        ADD COLUMN time_zone              text,
        ADD COLUMN working_hours          jsonb,
        ADD COLUMN holidays               text[] NOT NULL DEFAULT '{}',
        ADD COLUMN critical_ignores_hours boolean NOT NULL DEFAULT false,
        ADD COLUMN service_levels         jsonb`);
    await db.query(`
      ALTER TABLE escalation.assignments
        ADD COLUMN severity        text NOT NULL DEFAULT 'normal',
        ADD COLUMN waiting_on      text,
        ADD COLUMN waiting_reason  text,
        ADD COLUMN waiting_since   timestamptz,
        ADD COLUMN paused_ms       bigint NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE escalation.assignments DROP COLUMN severity, DROP COLUMN waiting_on, DROP COLUMN waiting_reason, DROP COLUMN waiting_since, DROP COLUMN paused_ms`,
    );
    await db.query(`
      ALTER TABLE escalation.departments
        DROP COLUMN time_zone, DROP COLUMN working_hours, DROP COLUMN holidays, DROP COLUMN critical_ignores_hours, DROP COLUMN service_levels`);
  }
}
