import { ChildProcess, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { ServiceName } from '@redress/contracts';
import { repoRoot } from './repo-root';

/**
 * How every service runs, here and in the Dockerfile. Async context frames carry the correlation id across awaits
 * without a hook on every promise (Node 24's default): without them the hooks cost 4-5 % of each service's CPU.
 */
export const SERVICE_NODE_FLAGS = ['--enable-source-maps', '--experimental-async-context-frame'];
/**
 * A service's default NODE_OPTIONS (the image's too): V8 sized from the machine's memory let a busy intake's heap fill
 * with garbage to 1.1 GB while 70-90 MB of it was live; capped, it collects sooner and stays near 220 MB. In
 * NODE_OPTIONS, not among the flags, so that an operator's own setting replaces it.
 */
export const SERVICE_NODE_OPTIONS = '--max-old-space-size=256';

/** The four services, and the console in front of them. */
export type AppName = ServiceName | 'console';

export interface ServiceProcessOptions {
  service: AppName;
  port: number;
  env: Record<string, string>;
  /** Receives each line the service prints. */
  onLine?: (line: string) => void;
  /** A `nice` value above 0 lowers the process's CPU priority: it yields the cores when they are short. */
  niceness?: number;
}

const ROOT = repoRoot();

/**
 * One service running as its own Node process from the compiled tree. It exits by itself when this
 * process goes away (its stdin closes), so a killed `npm start` or test run leaves no orphans.
 */
export class ServiceProcess {
  readonly url: string;
  private child?: ChildProcess;
  /** The last lines printed, to explain a failed start. */
  private readonly tail: string[] = [];
  private exited?: Promise<number | null>;

  constructor(private readonly options: ServiceProcessOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  get service(): AppName {
    return this.options.service;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    // REDRESS_NODE_ARGS passes flags Node refuses in NODE_OPTIONS, such as `--cpu-prof` to profile a benchmark.
    const nodeArgs = (process.env.REDRESS_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...nodeArgs, mainFile(this.options.service)], {
      cwd: ROOT,
      env: {
        NODE_OPTIONS: SERVICE_NODE_OPTIONS,
        ...process.env,
        ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }),
        ...this.options.env,
        PORT: String(this.options.port),
        EXIT_WITH_PARENT: '1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    if (this.options.niceness && child.pid) setPriority(child.pid, this.options.niceness);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (buffered + chunk).split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          this.tail.push(line);
          if (this.tail.length > 20) this.tail.shift();
          this.options.onLine?.(line);
        }
      });
    }
    await this.waitReady(timeoutMs);
  }

  /** Polls /health/ready; fails fast if the process dies first. */
  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited?.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) {
        throw new Error(`${this.service} exited with code ${exitCode} before it was ready:\n${this.tail.join('\n')}`);
      }
      try {
        const response = await fetch(`${this.url}/health/ready`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.service} was not ready within ${timeoutMs} ms`);
  }

  /** Graceful stop: SIGTERM, then SIGKILL if it has not finished in time. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Crash: no chance to finish anything. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

function mainFile(service: AppName): string {
  return join(ROOT, 'dist', 'apps', service, 'src', 'main.js');
}
