import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, chmod, cp, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { acquireDirLock } from '../process/dir-lock';
import { ensureSharedDir } from './shared-dir';

/** Root-owned and readable by all; not under ~/.cache, since root's home is usually mode 700. */
export const POSTGRES_CACHE_ROOT = '/var/cache/redress';

const LOCK_TIMEOUT_MS = 5 * 60_000;
const LOCK_STALE_MS = 10 * 60_000;

/**
 * Returns a copy of the PostgreSQL installation (bin/, lib/, share/) that every user can read, for a server that
 * runs as the postgres user while the installation sits in a folder only root can enter (a checkout under /root,
 * or in any mode-700 folder). Built once per build of the binaries, under a lock, in a temporary folder renamed
 * into place, so concurrent starts never see half a copy. Symlinks are copied as they are: they must be relative.
 */
export async function sharedInstallCopy(installDir: string): Promise<string> {
  const finalDir = join(POSTGRES_CACHE_ROOT, `postgres-${await buildHash(installDir)}`);
  if (await isComplete(finalDir)) return finalDir;
  await ensureSharedDir(POSTGRES_CACHE_ROOT);
  const release = await acquireDirLock(`${finalDir}.lock`, { timeoutMs: LOCK_TIMEOUT_MS, staleMs: LOCK_STALE_MS });
  try {
    if (await isComplete(finalDir)) return finalDir; // another process copied it while we waited
    await removeAbandonedCopies(finalDir);
    const workDir = await mkdtemp(`${finalDir}.tmp-`);
    try {
      await cp(installDir, workDir, { recursive: true, verbatimSymlinks: true });
      await openToAll(workDir);
      await rename(workDir, finalDir);
    } catch (err) {
      await rm(workDir, { recursive: true, force: true });
      throw new Error(`cannot copy PostgreSQL from ${installDir} to ${finalDir}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    return finalDir;
  } finally {
    await release();
  }
}

/** The binaries identify the build; hashing them (about 10 MB) is cheaper than any doubt about a stale copy. */
async function buildHash(installDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const binary of ['postgres', 'initdb']) {
    for await (const chunk of createReadStream(join(installDir, 'bin', binary))) hash.update(chunk as Buffer);
  }
  return hash.digest('hex').slice(0, 16);
}

async function isComplete(dir: string): Promise<boolean> {
  return access(join(dir, 'bin', 'postgres'), constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** npm may have unpacked under a strict umask: folders 755, files 644, executables and libraries 755. */
async function openToAll(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await openToAll(path);
    else if (entry.isFile()) await chmod(path, (await stat(path)).mode & 0o111 ? 0o755 : 0o644);
  }
}

/** Temporary folders of copies that died; safe to delete while we hold the lock. */
async function removeAbandonedCopies(finalDir: string): Promise<void> {
  const prefix = `${basename(finalDir)}.tmp-`;
  const entries = await readdir(dirname(finalDir));
  await Promise.all(
    entries
      .filter((name) => name.startsWith(prefix))
      .map((name) => rm(join(dirname(finalDir), name), { recursive: true, force: true })),
  );
}
