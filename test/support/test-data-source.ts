import { createServiceDataSource, DataSourceSpec, migrate } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testDatabase } from './test-stack';

/** A database of its own on the run's shared Postgres, so that test files never see each other's rows. */
function ownDatabase(prefix: string): Promise<string> {
  return testDatabase(`${prefix}_${randomUUID().slice(0, 8)}`);
}

/** A service's connection on a database of its own, migrated as the service's `spec` (its schema and migrations) says. */
export async function migratedTestDataSource(
  prefix: string,
  spec: (url: string) => DataSourceSpec,
  poolSize?: number,
): Promise<DataSource> {
  const own = spec(await ownDatabase(prefix));
  const dataSource = await createServiceDataSource({ ...own, ...(poolSize ? { poolSize } : {}) }).initialize();
  await migrate(dataSource, own.schema);
  return dataSource;
}

/** A connection on a database of its own with `schema` created empty, for a lib's spec that creates its own tables. */
export async function emptySchemaTestDataSource(
  prefix: string,
  schema: string,
  poolSize?: number,
): Promise<DataSource> {
  const dataSource = await createServiceDataSource({
    schema,
    url: await ownDatabase(prefix),
    migrations: [],
    ...(poolSize ? { poolSize } : {}),
  }).initialize();
  if (schema !== 'public') await dataSource.query(`CREATE SCHEMA ${schema}`);
  return dataSource;
}
