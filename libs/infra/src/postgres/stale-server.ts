import { readFile, readlink, realpath, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive, waitForExit } from '../process/pid';
import { POSTMASTER_SHUTDOWN } from './server-process';

/**
 * A server started by a process that was SIGKILLed keeps running (nothing
 * tells postgres its parent died) and holds the data directory. Stop it, so
 * startPostgres can start a server it owns. Also removes a postmaster.pid
 * whose pid is dead or belongs to an unrelated process (pid reuse), which
 * would otherwise block the start.
 */
export async function clearStaleServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const firstLine = await readFile(pidFile, 'utf8').then(
    (text) => text.split('\n')[0],
    () => undefined,
  );
  if (firstLine === undefined) return;
  const pid = Number.parseInt(firstLine, 10);
  const owner = Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? await servesDataDir(pid, dataDir) : 'no';
  if (owner === 'unknown') return; // no /proc: let postgres judge the lock file
  if (owner === 'no') {
    log(`removing stale ${pidFile} (pid ${firstLine} is not running it)`);
    await rm(pidFile, { force: true });
    return;
  }
  log(`stopping postgres (pid ${pid}) left running on ${dataDir} by an earlier run`);
  await stopPostmaster(pid);
}

async function stopPostmaster(pid: number): Promise<void> {
  for (const [signal, waitMs] of POSTMASTER_SHUTDOWN) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitForExit(pid, waitMs)) return;
  }
  throw new Error(`postgres pid ${pid} did not exit; stop it by hand`);
}

/** A postmaster runs with its data directory as working directory. */
async function servesDataDir(pid: number, dataDir: string): Promise<'yes' | 'no' | 'unknown'> {
  try {
    const [cwd, exe, dir] = await Promise.all([
      readlink(`/proc/${pid}/cwd`),
      readlink(`/proc/${pid}/exe`),
      realpath(dataDir),
    ]);
    return cwd === dir && /postgres/.test(exe) ? 'yes' : 'no';
  } catch {
    return process.platform === 'linux' ? 'no' : 'unknown';
  }
}
