import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes `dir` a directory that only we can change and that every user can enter: the postgres user reads the
 * binaries and reaches its data through it. Directories we create get mode 755 whatever the umask; one that
 * already exists must be ours and closed to writers other than us, or someone else could swap what it holds.
 */
export async function ensureSharedDir(dir: string): Promise<void> {
  const firstCreated = await mkdir(dir, { recursive: true, mode: 0o755 });
  if (firstCreated) {
    for (let created = dir; ; created = dirname(created)) {
      await chmod(created, 0o755);
      if (created === firstCreated) break;
    }
  }
  const st = await stat(dir);
  if (st.uid !== process.getuid?.() || st.mode & 0o022) {
    throw new Error(
      `refusing to use ${dir}: it must belong to uid ${process.getuid?.()} and be writable by it alone ` +
        `(it belongs to uid ${st.uid}, mode ${(st.mode & 0o777).toString(8)})`,
    );
  }
  if ((st.mode & 0o555) !== 0o555) await chmod(dir, st.mode | 0o555);
}
