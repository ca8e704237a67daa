import { QueryRunner } from 'typeorm';

/**
 * The durable timers of one service schema. A service's migration calls this, so the timers live beside the state
 * their handlers change and are scheduled, cancelled and fired in the same transactions as that state.
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
