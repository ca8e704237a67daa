import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { acquireDirLock } from '../process/dir-lock';
import { OutputTail } from '../process/output-tail';
import { BrokerSources, locateBrokerSources } from './broker-sources';
import { compileLauncher } from './compile-launcher';

export interface BuildBrokerOptions {
  /** Progress lines, plus the build output's tail when the build fails. */
  log?: (line: string) => void;
}

const LOCK_TIMEOUT_MS = 15 * 60_000;
const LOCK_STALE_MS = 30 * 60_000;

/**
 * Returns the path of the broker launcher, building it on first use (about a
 * minute on 2 cores) into a cache keyed by the launcher and librdkafka source.
 * Safe to call from several processes at once: one builds, the others wait.
 */
export async function ensureBrokerBinary(opts: BuildBrokerOptions = {}): Promise<string> {
  const log = opts.log ?? (() => undefined);
  const sources = locateBrokerSources();
  const root = cacheRoot();
  const finalDir = join(root, `broker-${sources.hash}`);
  const binary = join(finalDir, 'launcher');
  if (await isExecutable(binary)) return binary;

  await mkdir(root, { recursive: true });
  const release = await acquireDirLock(`${finalDir}.lock`, { timeoutMs: LOCK_TIMEOUT_MS, staleMs: LOCK_STALE_MS });
  try {
    // Another process may have finished the build while we waited.
    if (await isExecutable(binary)) return binary;
    await removeAbandonedBuilds(finalDir);
    log(`building embedded Kafka broker (${sources.librdkafkaVersion}) into ${finalDir}; first run only`);
    const started = Date.now();
    await buildInto(finalDir, sources, log);
    log(`embedded Kafka broker built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return binary;
  } finally {
    await release();
  }
}

export function cacheRoot(): string {
  if (process.env.REDRESS_CACHE_DIR) return process.env.REDRESS_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'redress');
}

/** Builds in a temp dir next to the target and renames, so a cache entry is never half-written. */
async function buildInto(finalDir: string, sources: BrokerSources, log: (line: string) => void): Promise<void> {
  const workDir = await mkdtemp(`${finalDir}.tmp-`);
  const tail = new OutputTail(80);
  try {
    const outDir = join(workDir, 'out');
    await compileLauncher(sources, workDir, outDir, tail);
    await rm(finalDir, { recursive: true, force: true }); // leftovers without a binary
    await rename(outDir, finalDir);
  } catch (err) {
    for (const line of tail.snapshot()) log(line);
    const message = err instanceof Error ? err.message : String(err);
    const lastLines = tail.snapshot().slice(-20).join('\n');
    throw new Error(
      `embedded Kafka broker build failed: ${message}${lastLines ? `\n--- last output ---\n${lastLines}` : ''}`,
      {
        cause: err,
      },
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Temp dirs of builders that died; safe to delete while we hold the lock. */
async function removeAbandonedBuilds(finalDir: string): Promise<void> {
  const prefix = `${basename(finalDir)}.tmp-`;
  const entries = await readdir(dirname(finalDir));
  await Promise.all(
    entries
      .filter((name) => name.startsWith(prefix))
      .map((name) => rm(join(dirname(finalDir), name), { recursive: true, force: true })),
  );
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}
