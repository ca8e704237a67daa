import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OsUser, POSTGRES_OS_USER } from './os-user';

export function isInitialised(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * Creates the data directory with mode 0700 (initdb and the server insist) and,
 * when running as root, hands it to the postgres user. Parent directories we
 * create are handed over too; pre-existing ones must already let that user
 * through, which we check to replace initdb's bare "Permission denied".
 */
export async function prepareDataDir(dataDir: string, owner: OsUser | undefined): Promise<void> {
  const firstCreated = await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  if (!owner) return;
  for (let dir = dataDir; ; dir = dirname(dir)) {
    await chown(dir, owner.uid, owner.gid);
    if (!firstCreated || dir === firstCreated) break;
  }
  await assertReachable(dirname(firstCreated ?? dataDir), owner);
}

async function assertReachable(from: string, owner: OsUser): Promise<void> {
  const blocked = await firstBlockedFolder(from, owner);
  if (blocked) {
    throw new Error(
      `the ${POSTGRES_OS_USER} OS user cannot enter ${blocked.dir} (mode ${blocked.mode.toString(8)}); ` +
        `put the data directory elsewhere or run: chmod o+x ${blocked.dir}`,
    );
  }
}

/** The first folder from `from` up to / that `owner` cannot enter, judged by mode bits alone. */
export async function firstBlockedFolder(
  from: string,
  owner: OsUser,
): Promise<{ dir: string; mode: number } | undefined> {
  for (let dir = from; ; dir = dirname(dir)) {
    const st = await stat(dir);
    const canEnter =
      (st.uid === owner.uid && st.mode & 0o100) || (st.gid === owner.gid && st.mode & 0o010) || st.mode & 0o001;
    if (!canEnter) return { dir, mode: st.mode & 0o777 };
    if (dirname(dir) === dir) return undefined;
  }
}
