import { ChildProcess, spawn } from 'node:child_process';
import { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { OutputTail } from '../process/output-tail';
import { OsUser } from './os-user';

export interface ServerOptions {
  postgres: string;
  dataDir: string;
  port: number;
  settings: string[];
  owner: OsUser | undefined;
  output: OutputTail;
  log: (line: string) => void;
  readyTimeoutMs: number;
}

const READY = 'database system is ready to accept connections';

/** Fast shutdown (SIGINT), escalating to immediate (SIGQUIT), then SIGKILL. */
export const POSTMASTER_SHUTDOWN: ReadonlyArray<[NodeJS.Signals, number]> = [
  ['SIGINT', 15_000],
  ['SIGQUIT', 5_000],
  ['SIGKILL', 5_000],
];

/**
 * A running postmaster we started. It holds no reference on the event loop;
 * if this process dies, the caller's watchdog shuts it down.
 */
export class ServerProcess {
  private readonly exited: Promise<void>;
  private running = true;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('close', () => resolve()));
    void this.exited.then(() => (this.running = false));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Spawns the server and resolves once it accepts connections. */
  static async start(opts: ServerOptions): Promise<ServerProcess> {
    const settings = ['lc_messages=C', ...opts.settings]; // READY is matched in English
    const args = ['-D', opts.dataDir, '-p', String(opts.port), ...settings.flatMap((s) => ['-c', s])];
    // Own process group: a terminal's Ctrl-C reaches only Node, which then
    // stops the server after the app has drained, not before.
    const child = spawn(opts.postgres, args, { ...opts.owner, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const server = new ServerProcess(child);
    const stderr = child.stderr as unknown as Socket;
    stderr.unref();
    child.unref();

    await new Promise<void>((resolve, reject) => {
      const settle = (err?: Error) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      };
      const timer = setTimeout(
        () => settle(new Error(`not ready after ${opts.readyTimeoutMs} ms`)),
        opts.readyTimeoutMs,
      );
      child.once('error', settle);
      void server.exited.then(() =>
        settle(new Error(`server exited (${child.signalCode ?? `code ${child.exitCode}`})`)),
      );
      createInterface({ input: stderr }).on('line', (line) => {
        opts.output.push(`${line}\n`);
        opts.log(`[postgres] ${line}`);
        if (line.includes(READY)) settle();
      });
    }).catch(async (err: unknown) => {
      await server.stop();
      throw err;
    });
    return server;
  }

  /** Fast shutdown (SIGINT); escalates if the server does not exit. */
  async stop(): Promise<void> {
    for (const [signal, waitMs] of POSTMASTER_SHUTDOWN) {
      if (!this.running) return;
      this.child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.exited, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    }
  }
}
