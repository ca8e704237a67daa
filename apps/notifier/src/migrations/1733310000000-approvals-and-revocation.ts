import { createAdminTokensTable, dropAdminTokensTable } from '@redress/platform/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An approval above COMPENSATION_APPROVAL_LIMIT is recorded as the first of two (who, how much, when) while the
 * compensation stays under review; supervisors can be revoked; admins who may revoke them hold tokens of their own.
 */
export class ApprovalsAndRevocation1733310000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifier.compensations
        ADD COLUMN first_approved_by uuid,
        ADD COLUMN first_approved_amount bigint CHECK (first_approved_amount >= 0),
        ADD COLUMN first_approved_at timestamptz`);
    await db.query(`ALTER TABLE notifier.supervisors ADD COLUMN revoked_at timestamptz`);
    await createAdminTokensTable(db, 'notifier');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropAdminTokensTable(db, 'notifier');
    await db.query(`ALTER TABLE notifier.supervisors DROP COLUMN revoked_at`);
    await db.query(`
      ALTER TABLE notifier.compensations DROP COLUMN first_approved_by, DROP COLUMN first_approved_amount, DROP COLUMN first_approved_at`);
  }
}
