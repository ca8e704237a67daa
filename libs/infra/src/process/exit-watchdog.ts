import { spawn } from 'node:child_process';
import { Socket } from 'node:net';

/**
 * Sends `signal` to `pid` once this process is gone, however it ends (even
 * SIGKILL): a tiny shell waits for EOF on a pipe only this process holds.
 * Returns a function that disarms the watchdog (call it before a normal stop).
 */
export function signalWhenParentExits(pid: number, signal: 'INT' | 'TERM'): () => void {
  const script = 'while read -r _; do :; done; kill -s "$1" "$2" 2>/dev/null';
  const child = spawn('/bin/sh', ['-c', script, 'redress-watchdog', signal, String(pid)], {
    detached: true, // survives the terminal's Ctrl-C to Node's process group
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.on('error', () => undefined); // best effort: next start clears leftovers anyway
  child.stdin.on('error', () => undefined);
  child.unref();
  (child.stdin as unknown as Socket).unref();
  return () => {
    child.kill('SIGKILL');
  };
}
