import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints whose customer was erased (customer.erased): their callbacks keep no phone, contact window or comment, and a followup.requested
 * that arrives after the erasure is recorded without them.
 */
export class ErasedComplaints1765000620000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE escalation.erased_complaints (
        complaint_id  uuid PRIMARY KEY,
        erased_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE escalation.erased_complaints`);
  }
}
