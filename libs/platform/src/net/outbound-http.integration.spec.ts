import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { AllowedDestinations } from './allowed-destinations';
import { DestinationPolicy } from './destination-policy';
import { OutboundHttp } from './outbound-http';
import { RefusedDestination } from './refused-destination';

interface Received {
  host: string | undefined;
  body: string;
}

/** A real HTTP server on loopback that answers with `answer` and counts connections and requests. */
async function server(
  answer: (request: IncomingMessage, respond: (status: number, headers?: Record<string, string>) => void) => void,
) {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const http: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ host: request.headers.host, body: Buffer.concat(chunks).toString('utf8') });
      answer(request, (status, headers = {}) => response.writeHead(status, headers).end());
    });
  });
  http.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    received,
    connections: () => connections,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

type TestServer = Awaited<ReturnType<typeof server>>;

describe('OutboundHttp against real servers on loopback', () => {
  const timeouts = { connectMs: 2000, responseMs: 300 };
  const allowLoopback = new DestinationPolicy(AllowedDestinations.parse('127.0.0.1'));
  const clients: OutboundHttp[] = [];
  const servers: TestServer[] = [];
  const client = (policy: DestinationPolicy, resolve?: (hostname: string) => Promise<string[]>) => {
    const made = new OutboundHttp(policy, timeouts, resolve);
    clients.push(made);
    return made;
  };
  const started = async (answer: Parameters<typeof server>[0]) => {
    const made = await server(answer);
    servers.push(made);
    return made;
  };

  afterAll(async () => {
    clients.forEach((made) => made.close());
    await Promise.all(servers.map((made) => made.close()));
  });

  it('posts to an allowed destination and resolves on a 2xx', async () => {
    const target = await started((_request, respond) => respond(204));
    await client(allowLoopback).post(
      `${target.url}/hook`,
      '{"n":1}',
      { 'content-type': 'application/json' },
      'the callback',
    );
    expect(target.received).toEqual([{ host: `127.0.0.1:${target.port}`, body: '{"n":1}' }]);
  });

  it('refuses a loopback target that is not allowed, without connecting', async () => {
    const target = await started((_request, respond) => respond(204));
    const attempt = client(new DestinationPolicy()).post(`${target.url}/hook`, '{}', {}, 'the callback');
    await expect(attempt).rejects.toBeInstanceOf(RefusedDestination);
    await expect(attempt).rejects.toThrow('127.0.0.1 is not a public address (loopback)');
    expect(target.connections()).toBe(0);
  });

  it('refuses a name that resolves to a non-public address, without connecting', async () => {
    const target = await started((_request, respond) => respond(204));
    const rebound = client(new DestinationPolicy(), async () => ['127.0.0.1']);
    await expect(
      rebound.post(`http://hooks.redress.test:${target.port}/`, '{}', {}, 'the callback'),
    ).rejects.toBeInstanceOf(RefusedDestination);
    expect(target.connections()).toBe(0);
  });

  it('connects to the address it checked, not to what DNS says later', async () => {
    const target = await started((_request, respond) => respond(200));
    // The system resolver knows no such name: the request can only reach the server through the checked address.
    const pinned = client(allowLoopback, async () => ['127.0.0.1']);
    await pinned.post(`http://hooks.redress.test:${target.port}/`, 'pinned', {}, 'the callback');
    expect(target.received).toEqual([{ host: `hooks.redress.test:${target.port}`, body: 'pinned' }]);
  });

  it('does not follow a redirect: a 302 is a failed attempt and its target sees nothing', async () => {
    const elsewhere = await started((_request, respond) => respond(200));
    const redirecting = await started((_request, respond) => respond(302, { location: `${elsewhere.url}/stolen` }));
    await expect(client(allowLoopback).post(`${redirecting.url}/hook`, '{}', {}, 'the callback')).rejects.toThrow(
      'the callback answered 302, a redirect, which is not followed',
    );
    expect(redirecting.received).toHaveLength(1);
    expect(elsewhere.connections()).toBe(0);
  });

  it('fails on an error status', async () => {
    const target = await started((_request, respond) => respond(503));
    await expect(client(allowLoopback).post(target.url, '{}', {}, 'the SMS gateway')).rejects.toThrow(
      'the SMS gateway answered 503',
    );
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    const silent = await started(() => undefined);
    await expect(client(allowLoopback).post(silent.url, '{}', {}, 'the callback')).rejects.toThrow(
      'the callback did not answer within 300 ms',
    );
    expect(silent.received).toHaveLength(1);
  });
});
