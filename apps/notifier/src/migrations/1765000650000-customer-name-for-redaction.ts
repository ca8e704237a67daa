import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's full name, kept beside the form of address only to take it out of the rating's comment before the
 * comment goes on the topics (ADR 0009); erased with the rest of the contact data.
 */
export class CustomerNameForRedaction1765000650000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.complaints ADD COLUMN customer_name text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifier.complaints DROP COLUMN customer_name`);
  }
}
