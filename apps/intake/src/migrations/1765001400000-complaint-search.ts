import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff search over every complaint (docs/complaint-search.md): the category and owning department copied onto each
 * complaint from the events that carry them (intake cannot ask triage or escalation when a person searches), a
 * full-text vector kept by Postgres itself, and the indexes that keep a page under the 300 ms budget over 100,000
 * complaints, ordered newest first.
 */
export class ComplaintSearch1765001400000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // The 'russian' configuration stems Cyrillic words with the Russian Snowball stemmer and Latin words with the
    // English one, so one vector serves complaints in either language (or both at once). Lower-cased first with the
    // built-in Unicode collation: a database created with the C locale (the embedded one) cannot lower-case Cyrillic.
    await db.query(`
      ALTER TABLE intake.complaints
        ADD COLUMN category     text,
        ADD COLUMN department   text,
        ADD COLUMN text_search  tsvector GENERATED ALWAYS AS (to_tsvector('russian', lower(text COLLATE pg_c_utf8))) STORED`);
    // What the timeline already knows: the latest link's category, the root cause's latest department.
    await db.query(`
      UPDATE intake.complaints c SET category = e.details ->> 'category'
      FROM (SELECT DISTINCT ON (complaint_id) complaint_id, details FROM intake.complaint_events
            WHERE type = 'rootcause.complaint-linked' ORDER BY complaint_id, occurred_at DESC) e
      WHERE e.complaint_id = c.id`);
    await db.query(`
      UPDATE intake.complaints c SET department = r.details ->> 'department'
      FROM (SELECT DISTINCT ON (root_cause_id) root_cause_id, details FROM intake.root_cause_events
            WHERE type IN ('rootcause.identified', 'assignment.created')
            ORDER BY root_cause_id, occurred_at DESC) r
      WHERE r.root_cause_id = c.root_cause_id`);
    await db.query(`CREATE INDEX complaints_newest_first ON intake.complaints (received_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX complaints_by_department ON intake.complaints (department, received_at DESC, id DESC) WHERE department IS NOT NULL`,
    );
    await db.query(`CREATE INDEX complaints_by_category ON intake.complaints (category, received_at DESC, id DESC)`);
    await db.query(`CREATE INDEX complaints_by_status ON intake.complaints (status, received_at DESC, id DESC)`);
    await db.query(`CREATE INDEX complaints_by_any_external_ref ON intake.complaints (external_ref)`);
    await db.query(`CREATE INDEX complaints_by_order_ref ON intake.complaints ((("order" ->> 'ref')))`);
    await db.query(`CREATE INDEX complaints_text_search ON intake.complaints USING gin (text_search)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX intake.complaints_text_search, intake.complaints_by_order_ref, intake.complaints_by_any_external_ref,
        intake.complaints_by_status, intake.complaints_by_category, intake.complaints_by_department,
        intake.complaints_newest_first`);
    await db.query(
      `ALTER TABLE intake.complaints DROP COLUMN text_search, DROP COLUMN department, DROP COLUMN category`,
    );
  }
}
