import { MessagingOptions, OutboxRelayJob, UnitOfWork } from '@redress/messaging';
import { createTimerTables, spentTimersMigration } from '@redress/timers';
import { DataSource } from 'typeorm';
import { emptySchemaTestDataSource } from './test-data-source';

/**
 * A database of its own whose `schema` holds the timer tables as a service's migrations leave them, and a unit of
 * work on it that wakes no relay: the timers' own specs emit no events.
 */
export async function timerTablesTestSchema(
  prefix: string,
  schema: string,
): Promise<{ dataSource: DataSource; unitOfWork: UnitOfWork }> {
  const dataSource = await emptySchemaTestDataSource(prefix, schema);
  const runner = dataSource.createQueryRunner();
  await createTimerTables(runner, schema);
  await new (spentTimersMigration(schema))().up(runner);
  await runner.release();
  const options: MessagingOptions = { service: 'triage', schema, brokers: [] };
  const noRelay = { committed: () => undefined } as unknown as OutboxRelayJob;
  return { dataSource, unitOfWork: new UnitOfWork(dataSource, noRelay, options) };
}
