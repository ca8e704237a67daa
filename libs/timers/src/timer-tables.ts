import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable timers of one service schema. A service's migration calls this, so the timers live beside the state
 * their handlers change and are scheduled, cancelled and fired in the same transactions as that state (see
 * spentTimersMigration, which narrows it to pending and parked timers).
 */
export async function createTimerTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}".timers (
      id          uuid PRIMARY KEY,
      kind        text NOT NULL,
      subject_id  text NOT NULL,
      due_at      timestamptz NOT NULL,
      payload     jsonb NOT NULL DEFAULT '{}',
      status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fired', 'cancelled', 'failed')),
      attempts    integer NOT NULL DEFAULT 0,
      last_error  text,
      created_at  timestamptz NOT NULL DEFAULT now(),
      fired_at    timestamptz
    )`);
  // One pending timer per kind and subject: scheduling again moves it.
  await queryRunner.query(
    `CREATE UNIQUE INDEX timers_one_pending ON "${schema}".timers (kind, subject_id) WHERE status = 'pending'`,
  );
  await queryRunner.query(`CREATE INDEX timers_due ON "${schema}".timers (due_at) WHERE status = 'pending'`);
}

export async function dropTimerTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}".timers`);
}

/**
 * Timers leave no row once they fire or are cancelled (TimerJob and cancelTimer delete them): the rows older versions
 * kept as `fired` or `cancelled` go, and so do those statuses and the `fired_at` column. The table then holds what is
 * still to come and what was parked, however old the service. The narrower check is validated after the delete,
 * without blocking writers. Down brings the column and the wider check back; the deleted rows stay deleted.
 */
export function spentTimersMigration(schema: string): new () => MigrationInterface {
  return class SpentTimers1765002600000 implements MigrationInterface {
    readonly name = 'SpentTimers1765002600000';

    async up(db: QueryRunner): Promise<void> {
      await db.query(`DELETE FROM "${schema}".timers WHERE status IN ('fired', 'cancelled')`);
      await db.query(`ALTER TABLE "${schema}".timers DROP CONSTRAINT timers_status_check`);
      await db.query(
        `ALTER TABLE "${schema}".timers ADD CONSTRAINT timers_status_check CHECK (status IN ('pending', 'failed')) NOT VALID`,
      );
      await db.query(`ALTER TABLE "${schema}".timers VALIDATE CONSTRAINT timers_status_check`);
      await db.query(`ALTER TABLE "${schema}".timers DROP COLUMN fired_at`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE "${schema}".timers ADD COLUMN fired_at timestamptz`);
      await db.query(`ALTER TABLE "${schema}".timers DROP CONSTRAINT timers_status_check`);
      await db.query(
        `ALTER TABLE "${schema}".timers ADD CONSTRAINT timers_status_check CHECK (status IN ('pending', 'fired', 'cancelled', 'failed'))`,
      );
    }
  };
}
