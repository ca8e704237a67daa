import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pauses of each root cause's assignment (`assignment.paused` / `assignment.resumed`), for the customer's status
 * page: when work began to wait, the latest it resumes by itself, and once resumed when and the new resolve deadline.
 * Keyed by the assignment and the instant the pause began, which both events name, so either may arrive first. Whom
 * the work waits on and why stay with escalation: customers are only told that it waits.
 */
export class RootCausePauses1765002300000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifier.root_cause_pauses (
        assignment_id  uuid NOT NULL,
        paused_at      timestamptz NOT NULL,
        root_cause_id  uuid NOT NULL,
        resumes_by     timestamptz,
        resumed_at     timestamptz,
        resolve_due_at timestamptz,
        PRIMARY KEY (assignment_id, paused_at)
      )`);
    await db.query(
      `CREATE INDEX root_cause_pauses_by_root_cause ON notifier.root_cause_pauses (root_cause_id, paused_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifier.root_cause_pauses`);
  }
}
