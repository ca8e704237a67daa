import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from './pid';

export interface DirLockOptions {
  /** Give up waiting for another holder after this long. */
  timeoutMs: number;
  /** A lock older than this is considered abandoned whatever its owner. */
  staleMs: number;
}

interface LockOwner {
  pid: number;
  host: string;
}

const POLL_MS = 250;
/** Grace for a holder that created the directory but not yet the owner file. */
const OWNERLESS_GRACE_MS = 30_000;

/**
 * Cross-process lock using mkdir, which is atomic on local filesystems. A lock
 * whose owner process is dead (same host) or that is older than staleMs is
 * broken, so a crashed build never blocks the next one.
 * Returns a release function.
 */
export async function acquireDirLock(lockDir: string, opts: DirLockOptions): Promise<() => Promise<void>> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      const owner: LockOwner = { pid: process.pid, host: hostname() };
      await writeFile(join(lockDir, 'owner.json'), JSON.stringify(owner));
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (await isStale(lockDir, opts.staleMs)) {
      await breakLock(lockDir);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${opts.timeoutMs} ms waiting for lock ${lockDir}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function isStale(lockDir: string, staleMs: number): Promise<boolean> {
  const age = await stat(lockDir).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0, // vanished meanwhile: just retry mkdir
  );
  if (age > staleMs) return true;
  const owner = await readFile(join(lockDir, 'owner.json'), 'utf8').then(
    (text) => JSON.parse(text) as LockOwner,
    () => undefined,
  );
  if (!owner) return age > OWNERLESS_GRACE_MS;
  return owner.host === hostname() && !isProcessAlive(owner.pid);
}

/** Renames before deleting so two waiters cannot both delete a fresh lock. */
async function breakLock(lockDir: string): Promise<void> {
  const doomed = `${lockDir}.stale-${process.pid}-${Date.now()}`;
  try {
    await rename(lockDir, doomed);
  } catch {
    return; // someone else broke or released it first
  }
  await rm(doomed, { recursive: true, force: true });
}
