import { createServiceDataSource } from '@redress/platform';
import { parseArgs, runCli } from './cli-args';
import { formatTableSizes, REDRESS_SCHEMAS, tableSizes } from './table-sizes';

const USAGE = 'npm run db:sizes -- [--exact] [--json]';
/** The database of a running `npm start`, as the other CLIs default to. */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

/**
 * `npm run db:sizes -- [--exact] [--json]`: rows and bytes of every table, per schema, to watch that the operational
 * tables stay flat under pruning (docs/retention.md). DATABASE_URL defaults to the database of a running `npm start`.
 */
runCli('db:sizes', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2));
  const unknown = [...positionals, ...Object.keys(options).filter((name) => !['exact', 'json'].includes(name))];
  if (unknown.length > 0) throw new Error(`unexpected argument ${unknown[0]}; usage: ${USAGE}`);
  const dataSource = await createServiceDataSource({
    schema: 'public',
    url: process.env.DATABASE_URL ?? LOCAL_DATABASE,
    migrations: [],
    poolSize: 1,
  }).initialize();
  try {
    const sizes = await tableSizes(dataSource, REDRESS_SCHEMAS, options.exact === true);
    process.stdout.write(options.json ? `${JSON.stringify(sizes, null, 2)}\n` : formatTableSizes(sizes));
  } finally {
    await dataSource.destroy();
  }
});
