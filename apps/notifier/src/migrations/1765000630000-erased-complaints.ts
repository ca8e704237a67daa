import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a complaint's customer was erased (customer.erased): its row then keeps no contact data, its messages no
 * recipient or text, and nothing more is sent for it. A complaint.received arriving after the erasure finds the mark.
 */
export class ErasedComplaints1765000630000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.complaints ADD COLUMN erased_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.complaints DROP COLUMN erased_at`);
  }
}
