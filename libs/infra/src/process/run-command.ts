import { spawn } from 'node:child_process';
import { OutputTail } from './output-tail';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Receives stdout and stderr, interleaved. */
  tail: OutputTail;
}

/** Error for a tool that is not installed, so callers can name it. */
export class MissingToolError extends Error {
  constructor(readonly tool: string) {
    super(`'${tool}' was not found on PATH`);
  }
}

/** Runs a command to completion; rejects on a non-zero exit. */
export function runCommand(command: string, args: string[], opts: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => opts.tail.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => opts.tail.push(chunk));
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new MissingToolError(command) : err),
    );
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
