import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client system is either a filer (files complaints, reads its own) or a staff reader (reads every complaint,
 * files none): the key the console uses to show complaints to committee members, owners and supervisors.
 */
export class StaffReaders1732700000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE intake.client_systems
        ADD COLUMN kind text NOT NULL DEFAULT 'filer' CONSTRAINT client_systems_kind CHECK (kind IN ('filer', 'staff-reader'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE intake.client_systems DROP COLUMN kind`);
  }
}
