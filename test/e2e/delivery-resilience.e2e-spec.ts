import { deadLetterTopic } from '@redress/contracts';
import { execFile } from 'node:child_process';
import { createServer as createHttpServer, Server as HttpServer } from 'node:http';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { findFreePort } from '@redress/infra';
import { LOCAL_ALLOWED_HOSTS } from '../../scripts/stack/app-stack';
import { repoRoot } from '../../scripts/stack/repo-root';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { metricValue } from '../support/metrics';
import { NotifierDriver } from '../support/notifier';
import { subscribeClient } from '../../scripts/stack/subscribe-client';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
/** DELIVERY_BREAKER_COOLDOWN: how far apart the probes of an open circuit are. */
const COOLDOWN_MS = 500;
/** The delivery settings of every notifier of the test, the second replica's too. */
const DELIVERY: Record<string, string> = {
  // Long enough that the tarpit holds its connections for the whole test.
  DELIVERY_TIMEOUT: '90s',
  DELIVERY_LEASE: '6m',
  DELIVERY_RETRY_BACKOFF: '100ms',
  DELIVERY_RETRY_MAX_BACKOFF: '1s',
  DELIVERY_BREAKER_FAILURES: '3',
  DELIVERY_BREAKER_COOLDOWN: `${COOLDOWN_MS}ms`,
  DELIVERY_GIVE_UP_AFTER: '20s',
};

/**
 * Deliveries against endpoints that misbehave, all real: a webhook host that accepts connections and never answers,
 * an SMTP server that refuses mail for a while, a webhook that is down past the give-up age; then the resend CLI.
 */
describeE2E('delivery resilience', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  let smtp: SMTPServer;
  let tarpit: Server;
  let receiver: HttpServer;
  let receiverUrl: string;
  const hanging = new Set<Socket>();
  /** Notification ids the SMTP server accepted, in order. */
  const emailed: string[] = [];
  let smtpRefusing = false;
  let smtpRefusals = 0;
  /** Each refusal: when (ms since the epoch) and to whom. */
  const refused: { at: number; to: string }[] = [];
  let receiverUp = false;
  let tarpitAnswers = false;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Refused at the recipient, so that the test knows whose message it was (staff notices share the server).
      onRcptTo: (address, _session, callback) => {
        if (!smtpRefusing) return callback();
        smtpRefusals++;
        refused.push({ at: Date.now(), to: address.address });
        callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      },
      onData: (stream, _session, callback) => {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          emailed.push(/^X-Redress-Notification: *(\S+)/im.exec(raw)?.[1] ?? '');
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    // Takes the connection and the request and answers nothing, until the test lets it answer.
    tarpit = createServer((socket) => {
      if (tarpitAnswers) socket.once('data', () => socket.end('HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n'));
      else hanging.add(socket);
      socket.on('data', () => undefined).on('close', () => hanging.delete(socket));
    });
    await new Promise<void>((resolve) => tarpit.listen(0, '127.0.0.1', resolve));
    receiver = createHttpServer((request, response) => {
      request.resume().on('end', () => response.writeHead(receiverUp ? 204 : 503).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    stack = await startTestStack('delivery', {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      ...DELIVERY,
    });
    probe = new KafkaProbe(stack.brokers);
    await probe.watch([deadLetterTopic('notifier', stack.topicPrefix)]);
    driver = new NotifierDriver(stack, probe);
    // Customers' webhooks are signed with the client's own secret, which comes with its subscription.
    await subscribeClient(stack.services.intake.url, stack.secrets.apiKey, receiverUrl);
  });

  afterAll(async () => {
    hanging.forEach((socket) => socket.destroy());
    await probe?.close();
    await stack?.stop();
    await Promise.all([smtp, tarpit, receiver].map((server) => new Promise((resolve) => server?.close(resolve))));
  });

  /** How many claims of due notifications a notifier replica has made. */
  const claims = (url: string) => metricValue(url, 'redress_delivery_claims_total');
  const statuses = async (complaintIds: string[]) =>
    (await Promise.all(complaintIds.map((id) => driver.notifications(id)))).flat();
  const notified = async (complaintIds: string[]): Promise<Record<string, any>[]> =>
    (
      await stack.db.query(
        `SELECT payload FROM notifier.outbox WHERE event_type = 'customer.notified' AND message_key = ANY($1::text[]) ORDER BY seq`,
        [complaintIds],
      )
    ).rows.map((row) => row.payload.data);

  it("sends other customers' emails while a webhook host holds its connections without answering", async () => {
    const tarpitUrl = `http://127.0.0.1:${(tarpit.address() as AddressInfo).port}/callback`;
    const stuck = await Promise.all(
      Array.from({ length: 6 }, () => driver.post({ callbackUrl: tarpitUrl }, { preferredChannel: 'webhook' })),
    );
    await eventually(
      async () => hanging.size,
      (open) => open > 0,
      { what: 'the tarpit to hold a connection' },
    );
    const emails = await Promise.all(Array.from({ length: 3 }, () => driver.post()));

    const sent = await eventually(
      () => notified(emails),
      (events) => events.length === 3,
      { what: 'the emails recorded as sent' },
    );
    expect(sent.every((event) => event.status === 'sent' && event.channel === 'email')).toBe(true);
    // Still hanging: nothing of the tarpit's has timed out, failed or been recorded.
    expect(hanging.size).toBeGreaterThan(0);
    expect(await notified(stuck)).toEqual([]);
    expect((await statuses(stuck)).every((row) => row.status === 'scheduled')).toBe(true);

    // The host drops its connections and answers again: the stuck messages were only delayed.
    tarpitAnswers = true;
    hanging.forEach((socket) => socket.destroy());
    const late = await eventually(
      () => notified(stuck),
      (events) => events.length === 6,
      { what: "the tarpit's messages once it answers" },
    );
    expect(late.every((event) => event.status === 'sent')).toBe(true);
  });

  it('delivers every email once an SMTP server that refused them for a while recovers: none failed, nothing dead-lettered', async () => {
    smtpRefusing = true;
    const complaints = await Promise.all(Array.from({ length: 4 }, () => driver.post()));
    // Every message refused at least once, and some of them again after a backoff.
    await eventually(
      async () => smtpRefusals,
      (refusals) => refusals >= complaints.length + 2,
      { what: 'the SMTP server to refuse the emails' },
    );
    expect((await statuses(complaints)).map((row) => row.status)).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
      'scheduled',
    ]);
    smtpRefusing = false;

    const events = await eventually(
      () => notified(complaints),
      (rows) => rows.length === 4,
      { what: 'the emails sent after the outage' },
    );
    expect(events.map((event) => event.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    const ids = events.map((event) => event.notificationId);
    expect(emailed.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(probe.received).toEqual([]);
  });

  it('fails a message retried past DELIVERY_GIVE_UP_AFTER and counts it, and the resend CLI sends it again, once', async () => {
    const complaintId = await driver.post({ callbackUrl: receiverUrl }, { preferredChannel: 'webhook' });
    const [failed] = await eventually(
      () => driver.outbox('customer.notified', complaintId),
      (rows) => rows.length === 1,
      {
        what: 'the webhook given up',
        timeoutMs: 60_000,
      },
    );
    expect(failed).toMatchObject({ status: 'failed', channel: 'webhook' });
    expect(failed.attempts).toBeGreaterThan(1);
    const givenUp =
      /^redress_notifications_given_up_total\{channel="webhook",reason="age",service="notifier"\} (\d+)$/m;
    const metrics = await eventually(
      async () => (await fetch(`${stack.services.notifier.url}/metrics`)).text(),
      (text) => givenUp.test(text),
      {
        what: 'the given-up counter',
      },
    );
    expect(givenUp.exec(metrics)?.[1]).toBe('1');

    receiverUp = true;
    const resend = (...args: string[]) =>
      run(
        process.execPath,
        [join(repoRoot(), 'dist', 'apps', 'notifier', 'src', 'cli', 'resend-notifications.cli.js'), ...args],
        {
          env: { ...process.env, DATABASE_URL: stack.databaseUrl },
        },
      ).then(({ stdout }) => stdout.trim());
    expect(await resend('--channel', 'webhook', '--since', '1h')).toBe('1 failed notification scheduled again');
    expect(await resend('--channel', 'webhook')).toBe('0 failed notifications scheduled again');

    const events = await eventually(
      () => driver.outbox('customer.notified', complaintId),
      (rows) => rows.length === 2,
      { what: 'the resent webhook' },
    );
    expect(events[1]).toMatchObject({ status: 'sent', notificationId: failed.notificationId, attempts: 1 });
    expect(await driver.notifications(complaintId)).toEqual([expect.objectContaining({ status: 'sent' })]);
  });

  it('opens one circuit for two notifier replicas while the SMTP server refuses, probes it from one at a time, and closes it for both', async () => {
    const secondLogs: string[] = [];
    const second = new ServiceProcess({
      service: 'notifier',
      port: await findFreePort(),
      env: {
        ...DELIVERY,
        SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
        DATABASE_URL: stack.databaseUrl,
        KAFKA_BROKERS: stack.brokers,
        KAFKA_TOPIC_PREFIX: stack.topicPrefix,
        LOG_LEVEL: 'warn',
        WEBHOOK_ALLOWED_HOSTS: LOCAL_ALLOWED_HOSTS,
        DEFAULT_CONTACT_WINDOW: '00:00-00:00',
      },
      onLine: (line) => secondLogs.push(line),
    });
    await second.start();
    try {
      smtpRefusing = true;
      const customers = Array.from({ length: 6 }, (_, index) => `circuit.${index}@example.com`);
      const complaints = await Promise.all(customers.map((email) => driver.post({}, { email })));
      const health = async () =>
        (
          await stack.db.query(
            `SELECT (extract(epoch FROM opened_at) * 1000)::float8 AS opened_at, open_until
             FROM notifier.endpoint_health WHERE endpoint_key = 'email'`,
          )
        ).rows[0] as { opened_at: number; open_until: Date | null } | undefined;
      const opened = await eventually(health, (row) => row?.open_until != null, {
        what: "the email endpoint's shared circuit to open",
      });
      // Six cooldowns with the server refusing. Past the sends on the wire when it opened (and a replica's
      // second-old copy of the circuits), these customers' messages are tried only as probes, one at a time, a
      // cooldown apart, whichever replica sends them (staff notices, which have no circuit, are not counted).
      const claimsBefore = await claims(second.url);
      const waitedMs = 6 * COOLDOWN_MS + 1_500;
      await new Promise((resolve) => setTimeout(resolve, waitedMs));
      // Waiting for the cooldowns, the replica claims on its poll, on new work and as probes end (tens a second),
      // not in a loop (thousands a second on this machine while it spun on the open circuit).
      expect((await claims(second.url)) - claimsBefore).toBeLessThan(waitedMs / 10);
      const probes = refused
        .filter((refusal) => customers.includes(refusal.to) && refusal.at > opened!.opened_at + 1_500)
        .map((refusal) => refusal.at);
      expect(probes.length).toBeGreaterThanOrEqual(1);
      probes.slice(1).forEach((at, index) => expect(at - probes[index]).toBeGreaterThan(COOLDOWN_MS * 0.8));
      // Opened once: the failed probes kept it open without opening it again.
      expect((await health())?.opened_at).toBe(opened!.opened_at);
      expect(
        secondLogs.filter((line) => line.includes('email keeps failing: circuit open')).length,
      ).toBeLessThanOrEqual(1);

      smtpRefusing = false;
      const events = await eventually(
        () => notified(complaints),
        (rows) => rows.length === 6,
        { what: 'the emails sent once the server takes them' },
      );
      expect(events.every((event) => event.status === 'sent')).toBe(true);
      expect(await health()).toBeUndefined();
    } finally {
      smtpRefusing = false;
      await second.stop();
    }
  }, 120_000);
});
