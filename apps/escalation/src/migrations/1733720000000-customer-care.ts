import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What customers were told about a fix; the phone, time zone and contact window a callback needs (kept with the
 * follow-up alone, and cleared once it is made); and who looked at a callback's phone number, when.
 */
export class CustomerCare1733720000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation.assignments ADD COLUMN customer_summary text`);
    await db.query(`
      ALTER TABLE escalation.follow_ups
        ADD COLUMN phone        text,
        ADD COLUMN timezone     text,
        ADD COLUMN window_from  text,
        ADD COLUMN window_to    text`);
    await db.query(`
      CREATE TABLE escalation.callback_views (
        id            bigserial PRIMARY KEY,
        follow_up_id  uuid NOT NULL REFERENCES escalation.follow_ups (id),
        viewed_by     uuid NOT NULL,
        viewed_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX callback_views_by_follow_up ON escalation.callback_views (follow_up_id, viewed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE escalation.callback_views`);
    await db.query(
      `ALTER TABLE escalation.follow_ups DROP COLUMN phone, DROP COLUMN timezone, DROP COLUMN window_from, DROP COLUMN window_to`,
    );
    await db.query(`ALTER TABLE escalation.assignments DROP COLUMN customer_summary`);
  }
}
