import { createAdminTokensTable, dropAdminTokensTable } from '@redress/platform/provisioning';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An API key can be revoked (it is then refused, and its complaints stay), and admins who may revoke keys over HTTP
 * hold tokens of their own. The count of revoked keys is what every replica polls to forget cached keys.
 */
export class Revocation1733300000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE intake.client_systems ADD COLUMN revoked_at timestamptz`);
    await createAdminTokensTable(db, 'intake');
  }

  async down(db: QueryRunner): Promise<void> {
    await dropAdminTokensTable(db, 'intake');
    await db.query(`ALTER TABLE intake.client_systems DROP COLUMN revoked_at`);
  }
}
