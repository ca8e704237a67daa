import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox of one service schema. Each service's first migration calls this, so the tables live
 * beside the state they are written with, in the same transaction.
 */
export async function createMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}".outbox (
      seq          bigserial PRIMARY KEY,
      event_id     uuid NOT NULL UNIQUE,
      event_type   text NOT NULL,
      topic        text NOT NULL,
      message_key  text NOT NULL,
      payload      jsonb NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      sent_at      timestamptz
    )`);
  await queryRunner.query(`CREATE INDEX outbox_unsent ON "${schema}".outbox (seq) WHERE sent_at IS NULL`);
  await restoreOutboxNotifyTrigger(queryRunner, schema);
  await queryRunner.query(`
    CREATE TABLE "${schema}".inbox (
      event_id     uuid NOT NULL,
      consumer     text NOT NULL,
      event_type   text NOT NULL,
      consumed_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`);
}

/**
 * Removes the NOTIFY trigger of the first messaging migration: a NOTIFY inside a writing transaction holds a
 * global lock through its commit and serialised every writer. The relay is now woken after commit instead
 * (OutboxRelayJob.committed).
 */
export async function dropOutboxNotifyTrigger(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TRIGGER outbox_notify ON "${schema}".outbox`);
  await queryRunner.query(`DROP FUNCTION "${schema}".outbox_notify()`);
}

/** Puts the trigger back (the down of a migration that dropped it). */
export async function restoreOutboxNotifyTrigger(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE FUNCTION "${schema}".outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('${outboxChannel(schema)}', ''); RETURN NULL; END $$`);
  await queryRunner.query(`
    CREATE TRIGGER outbox_notify AFTER INSERT ON "${schema}".outbox
    FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".outbox_notify()`);
}

export async function dropMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}".inbox`);
  await queryRunner.query(`DROP TABLE "${schema}".outbox`);
  await queryRunner.query(`DROP FUNCTION IF EXISTS "${schema}".outbox_notify()`);
}

export function outboxChannel(schema: string): string {
  return `${schema}_outbox`;
}

/**
 * The migration every service runs to keep outbox payloads as JSON text (`json`) rather than `jsonb`: the outbox
 * is written once and read once, by the relay, which sends the text as it is; `jsonb` cost a conversion each way.
 */
export function outboxPayloadAsTextMigration(schema: string): new () => MigrationInterface {
  return class OutboxPayloadAsText1733300000000 implements MigrationInterface {
    readonly name = 'OutboxPayloadAsText1733300000000';

    async up(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE "${schema}".outbox ALTER COLUMN payload TYPE json`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE "${schema}".outbox ALTER COLUMN payload TYPE jsonb`);
    }
  };
}

/** The migration every service runs to move from the NOTIFY trigger to waking the relay after commit. */
export function outboxWakeAfterCommitMigration(schema: string): new () => MigrationInterface {
  return class OutboxWakeAfterCommit1732600000000 implements MigrationInterface {
    readonly name = 'OutboxWakeAfterCommit1732600000000';

    async up(db: QueryRunner): Promise<void> {
      await dropOutboxNotifyTrigger(db, schema);
    }

    async down(db: QueryRunner): Promise<void> {
      await restoreOutboxNotifyTrigger(db, schema);
    }
  };
}
