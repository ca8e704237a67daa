import { MigrationInterface, QueryRunner } from 'typeorm';

/** A supervisor's rejection may say why; the customer is told that reason (or a neutral one when there is none). */
export class DecisionReasons1733600000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.compensations ADD COLUMN decision_reason text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.compensations DROP COLUMN decision_reason`);
  }
}
