import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface OsUser {
  uid: number;
  gid: number;
}

export const POSTGRES_OS_USER = 'postgres';

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the
 * `postgres` user (created if missing). Returns undefined when not root:
 * then the server simply runs as the current user.
 */
export async function postgresOsUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const existing = await lookup();
  if (existing) return existing;
  const groupExists = await exec('getent', ['group', POSTGRES_OS_USER]).then(
    () => true,
    () => false,
  );
  const groupArgs = groupExists ? ['--gid', POSTGRES_OS_USER] : ['--user-group'];
  await exec('useradd', [
    '--system',
    ...groupArgs,
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    POSTGRES_OS_USER,
  ]);
  const created = await lookup();
  if (!created) throw new Error(`created OS user ${POSTGRES_OS_USER} but cannot look it up`);
  return created;
}

async function lookup(): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([exec('id', ['-u', POSTGRES_OS_USER]), exec('id', ['-g', POSTGRES_OS_USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}
