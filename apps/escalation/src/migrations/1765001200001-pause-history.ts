import { MigrationInterface, QueryRunner } from 'typeorm';

const EVENTS = `'created', 'escalated', 'breached', 'acknowledged', 'resolved'`;

/**
 * An assignment's history tells its pauses: `waiting` (on whom and why) and `resumed` (with the moved deadlines).
 * The new check is added NOT VALID and then validated, so the history table is scanned without blocking its writers.
 */
export class PauseHistory1765001200001 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation.assignment_history DROP CONSTRAINT assignment_history_event_check`);
    await db.query(
      `ALTER TABLE escalation.assignment_history ADD CONSTRAINT assignment_history_event_check
         CHECK (event IN (${EVENTS}, 'waiting', 'resumed')) NOT VALID`,
    );
    await db.query(`ALTER TABLE escalation.assignment_history VALIDATE CONSTRAINT assignment_history_event_check`);
  }

  // Pauses already told stay in the history: the older check is put back for new rows only.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation.assignment_history DROP CONSTRAINT assignment_history_event_check`);
    await db.query(
      `ALTER TABLE escalation.assignment_history ADD CONSTRAINT assignment_history_event_check CHECK (event IN (${EVENTS})) NOT VALID`,
    );
  }
}
