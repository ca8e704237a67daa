import { createServiceDataSource, parseDuration, readDuration } from '@redress/platform';
import { rotateClientKey } from '../persistence/client-key.store';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * `npm run client:rotate -- <client system name or id> [--overlap <duration>]`: prints a new API key once; the old key
 * keeps working for the overlap (default API_KEY_OVERLAP, 24h; `--overlap 0s` ends it at once, for a leaked key).
 * DATABASE_URL defaults to the database of a running `npm start`.
 */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;
const USAGE = 'usage: npm run client:rotate -- <client system name or id> [--overlap <duration, e.g. 24h, 30m, 0s>]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const overlapAt = args.indexOf('--overlap');
  const overlapText = overlapAt >= 0 ? args.splice(overlapAt, 2)[1] : undefined;
  const [client, ...rest] = args;
  if (!client || rest.length > 0 || (overlapAt >= 0 && overlapText === undefined)) throw new Error(USAGE);
  const overlapMs =
    overlapText === undefined ? readDuration(process.env, 'API_KEY_OVERLAP', '24h') : overlapOf(overlapText);
  const dataSource = await createServiceDataSource({
    ...intakeDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const rotated = await rotateClientKey(dataSource, client, overlapMs);
    if (!rotated) throw new Error(`no unrevoked client system "${client}"`);
    process.stdout.write(
      `client system ${rotated.name} (${rotated.id})\nnew API key, shown only now: ${rotated.apiKey}\n` +
        `the previous key works until ${rotated.previousKeyExpiresAt}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

function overlapOf(text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new Error(`--overlap: ${(error as Error).message}\n${USAGE}`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
