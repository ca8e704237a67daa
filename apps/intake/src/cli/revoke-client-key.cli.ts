import { createServiceDataSource } from '@redress/platform';
import { currentKeyHolder, revokeRetiredKey } from '../persistence/client-key.store';
import { revokeClientSystem } from '../persistence/client-system.store';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * `npm run client:revoke -- <client system name or id | key prefix>` (also `client:revoke-key`): a name or id revokes
 * the client system and every key it holds; the prefix of a rotated-out key (`rk_` and 8 more, as `client:list` shows)
 * revokes just that key. Every intake replica refuses what was revoked within a second. DATABASE_URL defaults to the
 * database of a running `npm start`.
 */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;
/** The shape of a key prefix; a client system could be named like one, so a name is tried when no key has it. */
const KEY_PREFIX = /^rk_[A-Za-z0-9_-]{8}$/;

async function main(): Promise<void> {
  const [target, ...rest] = process.argv.slice(2);
  if (!target || rest.length > 0)
    throw new Error('usage: npm run client:revoke -- <client system name or id | key prefix>');
  const dataSource = await createServiceDataSource({
    ...intakeDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const revokedKey = KEY_PREFIX.test(target) ? await revokeKey(dataSource, target) : null;
    process.stdout.write(`${revokedKey ?? (await revokeClient(dataSource, target))}\n`);
  } finally {
    await dataSource.destroy();
  }
}

/** What was revoked, or null when no key has this prefix. */
async function revokeKey(dataSource: Parameters<typeof revokeRetiredKey>[0], prefix: string): Promise<string | null> {
  const revoked = await revokeRetiredKey(dataSource, prefix);
  if (revoked) return `key ${revoked.keyPrefix}… of ${revoked.clientSystem} revoked at ${revoked.revokedAt}`;
  const holder = await currentKeyHolder(dataSource, prefix);
  if (holder) {
    throw new Error(
      `${prefix}… is the current key of ${holder}: rotate it (npm run client:rotate -- ${holder} --overlap 0s) or revoke ${holder} itself`,
    );
  }
  return null;
}

async function revokeClient(dataSource: Parameters<typeof revokeClientSystem>[0], idOrName: string): Promise<string> {
  const revoked = await revokeClientSystem(dataSource, idOrName);
  if (!revoked) throw new Error(`no client system or key "${idOrName}"`);
  return `API keys of ${revoked.name} (${revoked.id}) revoked at ${revoked.revokedAt}`;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
