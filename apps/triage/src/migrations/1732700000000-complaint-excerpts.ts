import { MigrationInterface, QueryRunner } from 'typeorm';

/** The committee reads what customers wrote: the start of each complaint's text, kept with its link. */
export class ComplaintExcerpts1732700000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE triage.complaint_links ADD COLUMN excerpt text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE triage.complaint_links DROP COLUMN excerpt`);
  }
}
