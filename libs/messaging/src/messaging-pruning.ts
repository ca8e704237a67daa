import type { PruneJob, PruningSettings } from '@redress/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox jobs every service prunes with (PruningModule): published outbox rows after OUTBOX_RETENTION,
 * inbox rows after INBOX_RETENTION, which the settings keep longer than any event stays on a topic.
 */
export function messagingPruneJobs(schema: string, settings: PruningSettings): PruneJob[] {
  return [
    {
      table: `${schema}.outbox`,
      ageColumn: 'sent_at',
      where: 'sent_at IS NOT NULL',
      retentionMs: settings.outboxRetentionMs,
    },
    { table: `${schema}.inbox`, ageColumn: 'consumed_at', retentionMs: settings.inboxRetentionMs },
  ];
}

/**
 * The indexes the outbox and inbox jobs find their oldest rows by. Built CONCURRENTLY (outside a transaction) so a
 * large outbox or inbox keeps taking writes while the index is built; an index a failed build left invalid is
 * dropped first. The outbox index is partial: an unsent row is not in it until the relay marks it sent.
 */
export function messagingPruningIndexesMigration(schema: string): new () => MigrationInterface {
  const indexes = [
    ['outbox_sent', `"${schema}".outbox (sent_at) WHERE sent_at IS NOT NULL`],
    ['inbox_by_age', `"${schema}".inbox (consumed_at)`],
  ];
  return class MessagingPruningIndexes1765000100000 implements MigrationInterface {
    readonly name = 'MessagingPruningIndexes1765000100000';
    readonly transaction = false;

    async up(db: QueryRunner): Promise<void> {
      for (const [name, definition] of indexes) {
        await db.query(`DROP INDEX CONCURRENTLY IF EXISTS "${schema}".${name}`);
        await db.query(`CREATE INDEX CONCURRENTLY ${name} ON ${definition}`);
      }
    }

    // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
    async down(db: QueryRunner): Promise<void> {
      for (const [name] of indexes) await db.query(`DROP INDEX IF EXISTS "${schema}".${name}`);
    }
  };
}
