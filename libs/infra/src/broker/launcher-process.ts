import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { OutputTail } from '../process/output-tail';

/**
 * The launcher child and its line protocol: each command line written to
 * stdin gets exactly one reply line on stdout. Holds no reference on the
 * event loop; the child exits on stdin EOF when this process goes away.
 */
export class LauncherProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly stderr = new OutputTail(40);
  private readonly lines: string[] = [];
  private waiter?: { resolve: (line: string) => void; reject: (err: Error) => void };
  private exitError?: Error;
  private stopping = false;
  private readonly exited: Promise<void>;

  constructor(
    binary: string,
    args: string[],
    private readonly log: (line: string) => void,
  ) {
    // Own process group: a terminal's Ctrl-C reaches only Node, which stops
    // the broker after the app has shut its clients down, not before.
    this.child = spawn(binary, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    // Write errors (EPIPE after the child died) surface through the exit handling.
    this.child.stdin.on('error', () => undefined);
    createInterface({ input: this.child.stdout }).on('line', (line) => this.onLine(line));
    createInterface({ input: this.child.stderr }).on('line', (line) => {
      this.stderr.push(`${line}\n`);
      log(`[broker] ${line}`);
    });
    this.exited = new Promise((resolve) => {
      this.child.once('error', (err) => this.onExit(err.message, resolve));
      this.child.once('close', (code, signal) => this.onExit(signal ?? `exit code ${code}`, resolve));
    });
    this.child.unref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr])
      (stream as unknown as Socket).unref();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves with the next stdout line; rejects on timeout or exit. */
  nextLine(timeoutMs: number, what: string): Promise<string> {
    const buffered = this.lines.shift();
    if (buffered !== undefined) return Promise.resolve(buffered);
    if (this.exitError) return Promise.reject(this.exitError);
    return new Promise((resolve, reject) => {
      // A ref'd timer keeps the process alive while we wait on unref'd pipes.
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(this.failure(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        this.waiter = undefined;
      };
      this.waiter = {
        resolve: (line) => (settle(), resolve(line)),
        reject: (err) => (settle(), reject(err)),
      };
    });
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Closes stdin (the launcher's stop signal), then SIGKILLs after graceMs. */
  async stop(graceMs: number): Promise<void> {
    if (this.exitError) return;
    this.stopping = true;
    this.child.stdin.end();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
    if (await Promise.race([this.exited.then(() => false), timedOut])) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    clearTimeout(timer);
  }

  failure(message: string): Error {
    const tail = this.stderr.toString();
    return new Error(`embedded Kafka broker: ${message}${tail ? `\n--- broker stderr ---\n${tail}` : ''}`);
  }

  private onLine(line: string): void {
    if (this.waiter) this.waiter.resolve(line);
    else this.lines.push(line);
  }

  private onExit(reason: string, resolve: () => void): void {
    if (!this.exitError && !this.stopping) this.log(`[broker] launcher exited unexpectedly (${reason})`);
    this.exitError ??= this.failure(`launcher exited (${reason})`);
    this.waiter?.reject(this.exitError);
    resolve();
  }
}
