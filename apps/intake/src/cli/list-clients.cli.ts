import { createServiceDataSource } from '@redress/platform';
import { listClientKeys } from '../persistence/client-key.store';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * `npm run client:list`: every client system, one line per working key (the current one and rotated-out ones still in
 * their overlap): name, kind, created, last used, key prefix. DATABASE_URL defaults to the database of a running `npm start`.
 */
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

async function main(): Promise<void> {
  const dataSource = await createServiceDataSource({
    ...intakeDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const lines = [['NAME', 'KIND', 'CREATED', 'LAST USED', 'KEY PREFIX', 'KEY']];
    for (const client of await listClientKeys(dataSource)) {
      for (const key of client.keys) {
        const state = client.revokedAt
          ? `revoked ${client.revokedAt}`
          : key.current
            ? 'current'
            : `until ${key.expiresAt}`;
        lines.push([
          client.name,
          client.kind,
          client.createdAt,
          key.lastUsedAt ?? 'never',
          key.keyPrefix ?? '(made before prefixes)',
          state,
        ]);
      }
    }
    const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
    process.stdout.write(
      lines
        .map((line) =>
          line
            .map((cell, column) => cell.padEnd(widths[column]))
            .join('  ')
            .trimEnd(),
        )
        .join('\n') + '\n',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
