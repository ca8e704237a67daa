import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the what-if and the reports read (issue 28): each compensation keeps what the rules paid at once (an approval
 * later overwrites `granted`) and the order it was settled in (the order grants took the month's budget, within one
 * transaction too); complaints keep their touchpoint, a report filter. Rows from before get their best guess: the
 * final grant, except an approval after a budget overflow, which paid nothing at once.
 */
export class Insight1765000500000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifier.compensations
        ADD COLUMN granted_at_once bigint CHECK (granted_at_once >= 0),
        ADD COLUMN settled_seq bigserial`);
    await db.query(`
      UPDATE notifier.compensations
      SET granted_at_once = CASE WHEN status = 'approved' AND review_reason = 'budget-exhausted' THEN 0 ELSE granted END`);
    await db.query(`CREATE INDEX compensations_by_settle ON notifier.compensations (created_at, settled_seq)`);
    await db.query(`ALTER TABLE notifier.complaints ADD COLUMN touchpoint text`);
    await db.query(`CREATE INDEX complaints_by_receipt ON notifier.complaints (received_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifier.complaints_by_receipt`);
    await db.query(`ALTER TABLE notifier.complaints DROP COLUMN touchpoint`);
    await db.query(`DROP INDEX notifier.compensations_by_settle`);
    await db.query(`ALTER TABLE notifier.compensations DROP COLUMN granted_at_once, DROP COLUMN settled_seq`);
  }
}
