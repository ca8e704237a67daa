import { AddressInfo, createServer, Socket } from 'node:net';

export interface Tarpit {
  /** http://<host>:<port>/hooks: a callback URL that accepts the connection and never answers. */
  url: string;
  /** Connections accepted so far. */
  connections(): number;
  stop(): Promise<void>;
}

/**
 * A client system's webhook endpoint at its worst: it accepts every connection, reads what is sent and never answers,
 * holding the socket until the caller gives up. `host` lets it sit on its own loopback address (127.0.0.2), as a
 * distinct client's endpoint would, apart from the well-behaved sinks on 127.0.0.1.
 */
export async function startTarpit(host = '127.0.0.2'): Promise<Tarpit> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/hooks`,
    connections: () => accepted,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
