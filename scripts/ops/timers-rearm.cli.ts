import { createServiceDataSource } from '@redress/platform';
import { RearmSelection, rearmTimers } from '@redress/timers';
import { parseArgs, runCli, serviceArg } from './cli-args';

const USAGE = 'npm run timers:rearm -- --service <service> [--id <timerId> | --kind <kind>]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The database of a running `npm start`, as the other CLIs default to. */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

/**
 * `npm run timers:rearm -- --service <service> [--id <timerId> | --kind <kind>]`: once the cause of their failures is
 * fixed, makes the service's parked timers (all, one, or those of a kind) pending again and due now, with their
 * attempts reset. DATABASE_URL defaults to the database of a running `npm start`.
 */
runCli('timers:rearm', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2), ['service', 'id', 'kind']);
  const service = serviceArg(typeof options.service === 'string' ? options.service : undefined, USAGE);
  if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]}; usage: ${USAGE}`);
  const selection = selectionOf(options);
  // Each service's schema is named after it.
  const dataSource = await createServiceDataSource({
    schema: service,
    url: process.env.DATABASE_URL ?? LOCAL_DATABASE,
    migrations: [],
    poolSize: 1,
  }).initialize();
  try {
    const [{ exists }] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [
      `"${service}".timers`,
    ]);
    if (!exists) throw new Error(`${service} has no timers`);
    const { rearmed, superseded } = await rearmTimers(dataSource.manager, service, selection);
    const scope =
      'id' in selection ? ` with id ${selection.id}` : 'kind' in selection ? ` of kind ${selection.kind}` : '';
    process.stdout.write(`${service}: re-armed ${rearmed} parked timer(s)${scope}`);
    process.stdout.write(
      superseded > 0 ? `; ${superseded} left parked, a newer timer of their kind and subject is pending\n` : '\n',
    );
  } finally {
    await dataSource.destroy();
  }
});

function selectionOf(options: Record<string, string | true>): RearmSelection {
  if (options.id !== undefined && options.kind !== undefined)
    throw new Error(`--id and --kind exclude each other; usage: ${USAGE}`);
  if (typeof options.id === 'string') {
    if (!UUID.test(options.id)) throw new Error(`--id: "${options.id}" is not a timer id (a UUID)`);
    return { id: options.id };
  }
  if (typeof options.kind === 'string') return { kind: options.kind };
  return {};
}
