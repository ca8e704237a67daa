import { findFreePort } from '@redress/infra';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** A running bare Fastify process (bare-fastify.server.ts): its URL and how to stop it. */
export interface BareFastify {
  url: string;
  stop(): Promise<void>;
}

/** Starts the HTTP floor in its own Node process, as intake runs in its own. */
export async function startBareFastify(): Promise<BareFastify> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [join(__dirname, 'bare-fastify.server.js')], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('listening') && resolve());
    void exited.then(([code]) => reject(new Error(`the bare Fastify floor exited with code ${code} before listening`)));
  });
  await ready;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
