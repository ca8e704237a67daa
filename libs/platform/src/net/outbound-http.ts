import { lookup as systemLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { DestinationPolicy, ResolveHost } from './destination-policy';

export interface OutboundTimeouts {
  /** For resolving the host, then again for the TCP connection. */
  connectMs: number;
  /** From the connection to the end of the answer. */
  responseMs: number;
}

/**
 * Requests to URLs the services were given, checked by a DestinationPolicy at send time: the host is resolved and
 * checked, and the connection is pinned to the checked addresses, so a DNS answer that changes in between (DNS
 * rebinding) cannot redirect it. Redirects are never followed: a 3xx is a failed attempt. Connections are kept alive.
 */
export class OutboundHttp {
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };

  constructor(
    private readonly policy: DestinationPolicy,
    private readonly timeouts: OutboundTimeouts,
    private readonly resolve: ResolveHost = resolveWithSystem,
  ) {}

  /**
   * POSTs `body` to `target`; resolves on a 2xx answer. Throws RefusedDestination for a refused destination, and an
   * Error saying what `peer` (e.g. "the callback") answered or that it did not answer in time otherwise.
   */
  async post(target: string, body: string, headers: Record<string, string>, peer: string): Promise<void> {
    const url = this.policy.parse(target);
    const addresses = await within(
      this.policy.addressesFor(url, this.resolve),
      this.timeouts.connectMs,
      `${peer}'s host did not resolve within ${this.timeouts.connectMs} ms`,
    );
    const status = await this.send(url, body, headers, addresses, peer);
    if (status >= 300 && status < 400) throw new Error(`${peer} answered ${status}, a redirect, which is not followed`);
    if (status < 200 || status >= 300) throw new Error(`${peer} answered ${status}`);
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  private send(
    url: URL,
    body: string,
    headers: Record<string, string>,
    addresses: string[] | null,
    peer: string,
  ): Promise<number> {
    const { connectMs, responseMs } = this.timeouts;
    return new Promise((resolve, reject) => {
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: this.agents[url.protocol as 'http:' | 'https:'],
        ...(addresses ? { lookup: pinnedLookup(addresses) } : {}),
      });
      const fail = (error: Error) => {
        clearTimeout(timer);
        request.destroy();
        reject(error);
      };
      let timer = setTimeout(
        () => fail(new Error(`${peer} did not accept a connection within ${connectMs} ms`)),
        connectMs,
      );
      const awaitAnswer = () => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new Error(`${peer} did not answer within ${responseMs} ms`)), responseMs);
      };
      request.on('socket', (socket) => (socket.connecting ? socket.once('connect', awaitAnswer) : awaitAnswer()));
      request.on('response', (response) => {
        response.on('error', fail);
        response.on('end', () => {
          clearTimeout(timer);
          resolve(response.statusCode ?? 0);
        });
        response.resume();
      });
      request.on('error', fail);
      request.end(body);
    });
  }
}

async function resolveWithSystem(hostname: string): Promise<string[]> {
  return (await systemLookup(hostname, { all: true })).map((entry) => entry.address);
}

/** Answers the socket's lookup with addresses already checked, instead of asking DNS again. */
function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return ((_hostname: string, options: { family?: number; all?: boolean }, callback: (...args: unknown[]) => void) => {
    const usable = entries.filter((entry) => !options.family || entry.family === options.family);
    if (usable.length === 0)
      callback(Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' }));
    else if (options.all) callback(null, usable);
    else callback(null, usable[0].address, usable[0].family);
  }) as LookupFunction;
}

function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
