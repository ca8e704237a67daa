import { createServiceDataSource } from '@redress/platform';
import { revokeClientSystem } from '../persistence/client-systems';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * `npm run client:revoke-key -- <client system id or name>`: revokes the client system's API key; every intake replica
 * refuses it within a second. DATABASE_URL defaults to the database of a running `npm start`.
 */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

async function main(): Promise<void> {
  const [client, ...rest] = process.argv.slice(2);
  if (!client || rest.length > 0) throw new Error('usage: npm run client:revoke-key -- <client system id or name>');
  const dataSource = await createServiceDataSource({ ...intakeDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE), poolSize: 1 }).initialize();
  try {
    const revoked = await revokeClientSystem(dataSource, client);
    if (!revoked) throw new Error(`no client system "${client}"`);
    process.stdout.write(`API key of ${revoked.name} (${revoked.id}) revoked at ${revoked.revokedAt}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
