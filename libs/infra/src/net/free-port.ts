import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';

/** Listening ports are drawn below the kernel's range for outgoing connections, so no client socket can take one. */
const LISTEN_RANGE_FLOOR = 20_000;
const ATTEMPTS = 20;

/**
 * A free TCP port on `host`, released before returning, so another process could still bind it first; callers that
 * bind it soon after (as our launchers do) accept that small race. The port is not one the OS hands out to outgoing
 * connections (port 0 would be): on a busy machine those take a just-found port within milliseconds.
 */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  const ceiling = ephemeralRangeStart() - 1;
  for (let attempt = 0; attempt < ATTEMPTS && ceiling > LISTEN_RANGE_FLOOR; attempt++) {
    const port = LISTEN_RANGE_FLOOR + Math.floor(Math.random() * (ceiling - LISTEN_RANGE_FLOOR));
    if (await canListen(host, port)) return port;
  }
  return listenOn(host, 0);
}

function ephemeralRangeStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768; // not Linux: the IANA range starts at 49152, so this stays below it too
  }
}

function canListen(host: string, port: number): Promise<boolean> {
  return listenOn(host, port).then(
    () => true,
    () => false,
  );
}

function listenOn(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port, host }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (bound ? resolve(bound) : reject(new Error('could not determine a free port'))));
    });
  });
}
