import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body: `{ id, type, complaintId, position, occurredAt, data }`. */
  event: { id: string; type: string; complaintId: string; position: string; data: Record<string, unknown> };
  /** The status this receiver answered. */
  answered: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/**
 * A client system's webhook endpoint: a real HTTP server on loopback that keeps every request it gets, and answers
 * 204, or 500 for the paths told to fail, as a client's endpoint in an outage would.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly failing = new Set<string>();
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = request.url ?? '/';
        const answered = this.failing.has(path) ? 500 : 204;
        this.received.push({ path, headers: request.headers, body, event: JSON.parse(body), answered, at: Date.now() });
        response.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  fail(path: string): void {
    this.failing.add(path);
  }

  recover(path: string): void {
    this.failing.delete(path);
  }

  /** What `path` accepted, in arrival order. */
  accepted(path: string): ReceivedWebhook[] {
    return this.received.filter((webhook) => webhook.path === path && webhook.answered === 204);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/**
 * How a client system checks `Redress-Signature: t=<unix>,v1=<hex>[,v1=<hex>]` with its own secret: some v1 is the
 * HMAC-SHA256 of "<t>.<raw body>", and t is recent (replays of old deliveries fail). The example of
 * docs/integration.md, kept here so a test runs it.
 */
export function verifyRedressSignature(
  secret: string,
  header: string,
  rawBody: string,
  toleranceSeconds = 300,
): boolean {
  const pairs = header.split(',').map((pair) => pair.split('=', 2));
  const t = Number(pairs.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex'));
  return pairs.some(([key, value]) => {
    if (key !== 'v1' || !value) return false;
    const given = Buffer.from(value);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
