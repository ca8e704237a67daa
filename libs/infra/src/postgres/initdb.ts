import { spawn } from 'node:child_process';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OutputTail } from '../process/output-tail';
import { OsUser } from './os-user';

export interface InitdbOptions {
  initdb: string;
  dataDir: string;
  user: string;
  password: string;
  owner: OsUser | undefined;
  /** Skip fsync of the new files: fine for throwaway clusters. */
  noSync: boolean;
  output: OutputTail;
}

/** Creates a cluster in an empty dataDir, with a password-protected superuser. */
export async function runInitdb(opts: InitdbOptions): Promise<void> {
  // The password goes through a file so it never shows in a process listing. The postgres user may not reach
  // root's TMPDIR, but it does reach the folder holding the data directory.
  const pwDir = await mkdtemp(join(opts.owner ? dirname(opts.dataDir) : tmpdir(), 'redress-initdb-'));
  const pwFile = join(pwDir, 'pw');
  try {
    await writeFile(pwFile, `${opts.password}\n`, { mode: 0o600 });
    if (opts.owner) {
      await chown(pwDir, opts.owner.uid, opts.owner.gid);
      await chown(pwFile, opts.owner.uid, opts.owner.gid);
    }
    const args = [
      `--pgdata=${opts.dataDir}`,
      `--username=${opts.user}`,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // C locale: identical behaviour on every machine, English messages.
      '--no-locale',
      ...(opts.noSync ? ['--no-sync'] : []),
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(opts.initdb, args, { ...opts.owner, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk: Buffer) => opts.output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => opts.output.push(chunk));
      child.once('error', reject);
      child.once('close', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (${signal ?? `exit code ${code}`})`)),
      );
    });
  } finally {
    await rm(pwDir, { recursive: true, force: true });
  }
}
