import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { firstBlockedFolder, isInitialised } from './data-dir';
import { OsUser, POSTGRES_OS_USER } from './os-user';
import { ensureSharedDir } from './shared-dir';

/** Root-owned and durable: unlike /var/tmp, nothing cleans it behind our back. */
export const POSTGRES_DATA_ROOT = '/var/lib/redress/postgres';

export interface DataPlacement {
  /** Where the cluster lives. */
  dataDir: string;
  /** Deletes the cluster and any link to it. */
  discard(): Promise<void>;
}

/**
 * As root the server runs as the postgres user, who cannot reach a data directory asked for inside a folder it
 * cannot enter (a checkout under /root, or in any mode-700 folder). Such a cluster lives in
 * POSTGRES_DATA_ROOT/<hash of the asked-for path>/data instead, and the asked-for path becomes a symlink to it.
 * The symlink is the only way to that data: once it is deleted (npm start -- --fresh deletes .redress/data), the
 * next start discards the data, as deleting the directory itself would have.
 */
export async function placeDataDir(
  requested: string,
  owner: OsUser | undefined,
  log: (line: string) => void,
): Promise<DataPlacement> {
  const inPlace = { dataDir: requested, discard: () => rm(requested, { recursive: true, force: true }) };
  if (!owner) return inPlace;
  const home = join(POSTGRES_DATA_ROOT, createHash('sha256').update(requested).digest('hex').slice(0, 16));
  const relocated = {
    dataDir: join(home, 'data'),
    discard: async () => {
      await rm(requested, { force: true });
      await rm(home, { recursive: true, force: true });
    },
  };
  const existing = await lstat(requested).catch(() => undefined);
  if (existing?.isSymbolicLink() && (await readlink(requested)) === relocated.dataDir) {
    await ensureSharedDir(home); // someone may have deleted it: the cluster starts over
    return relocated;
  }
  if (existing && !existing.isDirectory()) return inPlace; // a file or a symlink of the user's: left to initdb to judge
  const blocked = await firstBlockedFolder(await nearestExisting(dirname(requested)), owner);
  if (!blocked) return inPlace;

  if (await exists(home)) {
    log(`discarding ${home}: the link ${requested} to its data was deleted`);
    await rm(home, { recursive: true, force: true });
  }
  await ensureSharedDir(home);
  await writeFile(join(home, 'origin'), `${requested}\n`); // says whose data this is, for clean-ups
  if (existing) await moveIntoPlace(requested, relocated.dataDir);
  await mkdir(dirname(requested), { recursive: true });
  await symlink(relocated.dataDir, requested);
  log(
    `postgres data for ${requested} lives in ${relocated.dataDir}: the ${POSTGRES_OS_USER} user cannot enter ${blocked.dir}`,
  );
  return relocated;
}

/** A data directory made before it had to move (an earlier version, or a manual chmod since undone). */
async function moveIntoPlace(requested: string, target: string): Promise<void> {
  if (isInitialised(requested)) {
    await rename(requested, target).catch((err: NodeJS.ErrnoException) => {
      throw new Error(
        `cannot move the cluster in ${requested} to ${target} (${err.code}); move it by hand or start afresh`,
        {
          cause: err,
        },
      );
    });
  } else if ((await readdir(requested)).length === 0) {
    await rmdir(requested);
  } else {
    throw new Error(`${requested} holds files but no PostgreSQL cluster; empty it or choose another data directory`);
  }
}

async function nearestExisting(dir: string): Promise<string> {
  while (!(await exists(dir)) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
