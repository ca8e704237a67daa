import { createServiceDataSource, parseDuration } from '@redress/platform';
import { setClientRetention } from '../persistence/client-system.store';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * `npm run client:retention -- <client system name or id> <duration | default>`: how long after closure this client
 * system's complaints keep their customer's data (e.g. 730d), or `default` for PERSONAL_DATA_RETENTION.
 * DATABASE_URL defaults to the database of a running `npm start`.
 */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;
const USAGE = 'usage: npm run client:retention -- <client system name or id> <duration such as 730d, or default>';

async function main(): Promise<void> {
  const [client, retention, ...rest] = process.argv.slice(2);
  if (!client || !retention || rest.length > 0) throw new Error(USAGE);
  const retentionMs = retention === 'default' ? null : retentionOf(retention);
  const dataSource = await createServiceDataSource({
    ...intakeDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const name = await setClientRetention(dataSource, client, retentionMs);
    if (!name) throw new Error(`no client system "${client}"`);
    process.stdout.write(
      `client system ${name}: personal data kept ${retentionMs === null ? 'for PERSONAL_DATA_RETENTION' : `for ${retention}`} after closure\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

function retentionOf(text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
