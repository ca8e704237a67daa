import { createServiceDataSource } from '@redress/platform';
import { clientSystemExists, createClientSystem } from '../persistence/client-system.store';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * `npm run client:create -- <name> [--staff-reader]`: registers a client system and prints its API key once; only its
 * hash is stored. A staff reader (a console) reads every complaint and files none. DATABASE_URL defaults to the
 * database of a running `npm start`.
 */
const NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const kind = args.includes('--staff-reader') ? 'staff-reader' : 'filer';
  const [name, ...rest] = args.filter((arg) => arg !== '--staff-reader');
  if (!name || !NAME.test(name) || rest.length > 0) {
    throw new Error(
      'usage: npm run client:create -- <name> [--staff-reader]  (name: lower-case letters, digits, ".", "_" or "-", up to 100)',
    );
  }
  const dataSource = await createServiceDataSource({
    ...intakeDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    if (await clientSystemExists(dataSource, name)) throw new Error(`a client system named "${name}" already exists`);
    const { id, apiKey } = await createClientSystem(dataSource, name, kind);
    process.stdout.write(
      `${kind === 'filer' ? 'client system' : 'staff reader'} ${name} (${id})\nAPI key, shown only now: ${apiKey}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
