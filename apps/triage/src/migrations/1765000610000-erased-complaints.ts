import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints whose customer was erased (customer.erased): their excerpt and words are gone, and a complaint.received
 * that arrives after the erasure (another topic, another key) is filed without them.
 */
export class ErasedComplaints1765000610000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE triage.erased_complaints (
        complaint_id  uuid PRIMARY KEY,
        erased_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE triage.erased_complaints`);
  }
}
