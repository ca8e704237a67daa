import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurrence: a root cause opened because a resolved one came back points at it, found by its resolution time.
 * Clusters: unclassified complaints keep their significant words, found by overlap.
 */
export class ClosingTheLoop1732800000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE triage.root_causes ADD COLUMN recurrence_of uuid REFERENCES triage.root_causes (id)`);
    await db.query(
      `CREATE INDEX root_causes_recently_resolved ON triage.root_causes (category, touchpoint, resolved_at) WHERE status = 'resolved'`,
    );
    await db.query(
      `CREATE INDEX root_causes_recurrences ON triage.root_causes (recurrence_of) WHERE recurrence_of IS NOT NULL`,
    );
    await db.query(`ALTER TABLE triage.complaint_links ADD COLUMN words text[]`);
    await db.query(
      `CREATE INDEX complaint_links_words ON triage.complaint_links USING gin (words) WHERE words IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP INDEX triage.complaint_links_words, triage.root_causes_recurrences, triage.root_causes_recently_resolved`,
    );
    await db.query(`ALTER TABLE triage.complaint_links DROP COLUMN words`);
    await db.query(`ALTER TABLE triage.root_causes DROP COLUMN recurrence_of`);
  }
}
