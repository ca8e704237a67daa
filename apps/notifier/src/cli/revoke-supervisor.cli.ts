import { createServiceDataSource } from '@redress/platform';
import { revokeSupervisor } from '../commands/revoke-supervisor/revoke-supervisor.service';
import { notifierDataSourceSpec } from '../persistence/notifier.data-source';

/**
 * `npm run supervisor:revoke -- <supervisor id or name>`: the supervisor's token is refused from the next request on,
 * by every notifier replica. DATABASE_URL defaults to the database of a running `npm start`.
 */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

async function main(): Promise<void> {
  const [supervisor, ...rest] = process.argv.slice(2);
  if (!supervisor || rest.length > 0) throw new Error('usage: npm run supervisor:revoke -- <supervisor id or name>');
  const dataSource = await createServiceDataSource({
    ...notifierDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const revoked = await revokeSupervisor(dataSource, supervisor);
    if (!revoked) throw new Error(`no supervisor "${supervisor}"`);
    process.stdout.write(`supervisor ${revoked.name} (${revoked.id}) revoked at ${revoked.revokedAt}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
