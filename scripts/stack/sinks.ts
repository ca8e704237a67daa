import { simpleParser } from 'mailparser';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message a sink received: an email from the SMTP sink, an SMS from the gateway sink, or a client's webhook. */
export interface SinkMessage {
  channel: 'email' | 'sms' | 'webhook';
  at: string;
  from: string | null;
  to: string;
  subject: string | null;
  text: string;
  headers: Record<string, string>;
}

export interface Sinks {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  smtpUrl: string;
  /** http://127.0.0.1:<port>/sms, for SMS_GATEWAY_URL. */
  smsGatewayUrl: string;
  /** http://127.0.0.1:<port>/: recent deliveries as a page; /deliveries as JSON. */
  webUrl: string;
  /** http://127.0.0.1:<port>/webhooks: a client system's callback endpoint, for complaints' callbackUrl. */
  webhookUrl: string;
  /** Newest last, at most `keep`. */
  messages: SinkMessage[];
  /** true: the SMTP sink answers every new connection `421` (a mail server refusing service); false: it accepts again. */
  refuseMail(refuse: boolean): void;
  stop(): Promise<void>;
}

export interface SinkOptions {
  smtpPort?: number;
  httpPort?: number;
  keep?: number;
  onMessage?: (message: SinkMessage) => void;
}

/**
 * Local stand-ins for a mail server and an SMS gateway, so `npm start` (and the tests) can see what the notifier sent:
 * a real SMTP server on loopback (smtp-server, parsed with mailparser) and an HTTP endpoint taking
 * `POST /sms { to, text, reference }` and a client system's `POST /webhooks`; `GET /deliveries` lists what they
 * received, `GET /` shows it as a page.
 */
export async function startSinks(options: SinkOptions = {}): Promise<Sinks> {
  const keep = options.keep ?? 500;
  const messages: SinkMessage[] = [];
  const record = (message: SinkMessage) => {
    messages.push(message);
    if (messages.length > keep) messages.shift();
    options.onMessage?.(message);
  };

  let refusingMail = false;
  const smtp = new SMTPServer({
    authOptional: true,
    onConnect(_session, callback) {
      if (!refusingMail) return callback();
      callback(Object.assign(new Error('Service not available, try again later'), { responseCode: 421 }));
    },
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      // A benchmark keeps nothing: parsing would only take CPU from the pipeline it measures.
      if (keep === 0 && !options.onMessage) {
        stream.on('end', () => callback()).resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(', ') : (mail.to?.text ?? '');
          const headers: Record<string, string> = {};
          for (const [name, value] of mail.headers) if (typeof value === 'string') headers[name] = value;
          record({
            channel: 'email',
            at: new Date().toISOString(),
            from: mail.from?.text ?? null,
            to,
            subject: mail.subject ?? null,
            text: mail.text ?? '',
            headers,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, '127.0.0.1', () => resolve());
  });
  smtp.on('error', () => undefined);

  const web: Server = createServer((request, response) => {
    void handle(request).then(
      ([status, type, body]) => response.writeHead(status, { 'content-type': type }).end(body),
      (error: Error) => response.writeHead(400, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
  const handle = async (request: IncomingMessage): Promise<[number, string, string]> => {
    const url = new URL(request.url ?? '/', 'http://sink');
    if (request.method === 'POST' && url.pathname === '/sms') {
      const body = JSON.parse(await read(request)) as { to?: unknown; text?: unknown; reference?: unknown };
      if (typeof body.to !== 'string' || typeof body.text !== 'string')
        return [400, 'application/json', '{"error":"to and text are required"}'];
      record({
        channel: 'sms',
        at: new Date().toISOString(),
        from: null,
        to: body.to,
        subject: null,
        text: body.text,
        headers: { reference: String(body.reference ?? '') },
      });
      return [202, 'application/json', '{"accepted":true}'];
    }
    if (request.method === 'POST' && url.pathname === '/webhooks') {
      const headers = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.startsWith('x-redress'))
          .map(([name, value]) => [name, String(value)]),
      );
      record({
        channel: 'webhook',
        at: new Date().toISOString(),
        from: null,
        to: url.pathname,
        subject: null,
        text: await read(request),
        headers,
      });
      return [200, 'application/json', '{"received":true}'];
    }
    if (request.method === 'GET' && url.pathname === '/deliveries') {
      return [200, 'application/json', JSON.stringify({ items: [...messages].reverse().slice(0, 100) })];
    }
    if (request.method === 'GET' && url.pathname === '/') return [200, 'text/html; charset=utf-8', page(messages)];
    return [404, 'text/plain', 'not found'];
  };
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(options.httpPort ?? 0, '127.0.0.1', () => resolve());
  });

  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const httpPort = (web.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    smsGatewayUrl: `http://127.0.0.1:${httpPort}/sms`,
    webUrl: `http://127.0.0.1:${httpPort}/`,
    webhookUrl: `http://127.0.0.1:${httpPort}/webhooks`,
    messages,
    refuseMail: (refuse) => (refusingMail = refuse),
    stop: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => web.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}

async function read(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function page(messages: SinkMessage[]): string {
  const rows = [...messages]
    .reverse()
    .slice(0, 100)
    .map(
      (m) =>
        `<tr><td>${escape(m.at)}</td><td>${m.channel}</td><td>${escape(m.to)}</td><td><b>${escape(m.subject ?? '')}</b><pre>${escape(m.text)}</pre></td></tr>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Redress deliveries</title><meta http-equiv="refresh" content="5">
<style>body{font-family:system-ui,sans-serif;margin:2rem}td{vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;margin:.3rem 0}</style></head>
<body><h1>What the notifier sent (newest first)</h1><p>Emails reach the local SMTP sink, SMS the local gateway sink. JSON: <a href="/deliveries">/deliveries</a></p>
<table><tr><th>at</th><th>channel</th><th>to</th><th>message</th></tr>${rows || '<tr><td colspan="4">nothing yet</td></tr>'}</table></body></html>`;
}
