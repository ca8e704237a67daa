import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation keeps no phone numbers (ADR 0009): the console asks intake for a callback's number when an owner opens
 * it, after escalation has checked the owner and recorded the view. Numbers kept so far go with the column.
 */
export class CallbacksWithoutPhone1765000640000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation.follow_ups DROP COLUMN phone`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation.follow_ups ADD COLUMN phone text`);
  }
}
