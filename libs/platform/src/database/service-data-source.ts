import { DataSource, MigrationExecutor, MixedList } from 'typeorm';
import { DATABASE_TIMEOUT_DEFAULTS, DatabaseTimeouts, pgTimeoutOptions } from './database-timeouts';
import { PreparedStatementsClient } from './prepared-statements-client';

export interface DataSourceSpec {
  schema: string;
  url: string;
  entities?: MixedList<Function | string>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** The service's settings (DATABASE_*_TIMEOUT); defaults otherwise. */
  timeouts?: DatabaseTimeouts;
}

/** A service's connection: its own schema, its own migrations, never `synchronize`. */
export function createServiceDataSource(spec: DataSourceSpec): DataSource {
  return new DataSource({
    type: 'postgres',
    url: spec.url,
    schema: spec.schema,
    entities: spec.entities ?? [],
    migrations: spec.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: spec.poolSize ?? 10,
    applicationName: `redress-${spec.schema}`,
    extra: {
      Client: PreparedStatementsClient,
      keepAlive: true,
      ...pgTimeoutOptions(spec.timeouts ?? DATABASE_TIMEOUT_DEFAULTS),
    },
  });
}

/**
 * Brings a schema up to date. The advisory lock lets replicas (or `npm start` and a service) migrate
 * at the same moment without running one migration twice. Migrations run on that locked connection without the
 * statement timeout, which is there for the services' own work, not for rewriting a large table.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    // A service's own role owns its schema but may not create one: the provisioner creates it (docs/least-privilege.md).
    const [{ exists }] = await runner.query('SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists', [
      schema,
    ]);
    if (!exists) await runner.query(`CREATE SCHEMA "${schema}"`);
    await runner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}
