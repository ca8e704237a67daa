import { execFile } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { nextContactTime } from '../../apps/notifier/src/domain/contact-window';
import { smsAlphabet, smsSegments } from '../../apps/notifier/src/domain/sms-length';
import { repoRoot } from '../../scripts/stack/repo-root';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { subscribeClient } from '../../scripts/stack/subscribe-client';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
const hhmm = (hour: number) => `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`;

/**
 * A fixed-offset zone (Etc/GMT±N, whole hours) whose clock shows `localHour` now: the services' clock cannot be set,
 * so a test picks the customer's zone to put "now" where it wants it, at night or past midnight.
 */
function zoneAt(localHour: number): string {
  const shift = (((localHour - new Date().getUTCHours()) % 24) + 24) % 24;
  const offset = shift <= 14 ? shift : shift - 24;
  // Etc/GMT names count the other way: Etc/GMT-3 is three hours ahead of UTC.
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * How and when customers are reached, against the real SMTP and SMS sinks: contact windows (the customer's own and
 * DEFAULT_CONTACT_WINDOW, across zones and midnight) at every attempt, the customer's locale, the other channel when
 * one fails for good, and SMS cut to SMS_MAX_SEGMENTS. Due times are driven through the database, never slept out.
 */
describeE2E('customer contact', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  /** Stands before the SMS sink: passes each SMS on, or answers 503 while the gateway is "down". */
  let gateway: Server;
  let smsDown = false;
  /**
   * DEFAULT_TIMEZONE is UTC, and the default window opens three hours from now there, for three hours: closed in UTC
   * and an hour behind it (Etc/GMT+1) for the whole test, open four hours ahead of it (Etc/GMT-4).
   */
  const hour = new Date().getUTCHours();
  const defaultWindow = { from: hhmm(hour + 3), to: hhmm(hour + 6) };

  beforeAll(async () => {
    sinks = await startSinks();
    gateway = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request
        .on('data', (chunk: Buffer) => chunks.push(chunk))
        .on('end', () => {
          if (smsDown) return void response.writeHead(503).end();
          void fetch(sinks.smsGatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: Buffer.concat(chunks),
          }).then(
            (answer) => response.writeHead(answer.status).end(),
            () => response.writeHead(502).end(),
          );
        });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    stack = await startTestStack('contact', {
      SMTP_URL: sinks.smtpUrl,
      // A fresh SMTP connection per email: the sink's refuseMail refuses new connections only.
      SMTP_MESSAGES_PER_CONNECTION: '1',
      SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`,
      DEFAULT_TIMEZONE: 'UTC',
      DEFAULT_CONTACT_WINDOW: `${defaultWindow.from}-${defaultWindow.to}`,
      DELIVERY_RETRY_BACKOFF: '100ms',
      DELIVERY_RETRY_MAX_BACKOFF: '300ms',
      DELIVERY_GIVE_UP_AFTER: '2s',
      DELIVERY_BREAKER_COOLDOWN: '200ms',
      SMS_MAX_SEGMENTS: '2',
      FEEDBACK_BASE_URL: 'https://feedback.example',
    });
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    // Customers' webhooks are signed with the client's own secret, which comes with its subscription.
    await subscribeClient(stack.services.intake.url, stack.secrets.apiKey, sinks.webhookUrl);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await sinks?.stop();
    await new Promise((resolve) => gateway?.close(resolve));
  });

  const row = async (notificationId: string) =>
    (
      await stack.db.query(`SELECT status, attempts, due_at, channel FROM notifier.notifications WHERE id = $1`, [
        notificationId,
      ])
    ).rows[0];
  const only = async (complaintId: string) =>
    (
      await eventually(
        () => driver.notifications(complaintId),
        (items) => items?.length === 1,
        { what: 'the notification' },
      )
    )[0];
  const reached = (notificationId: string) =>
    sinks.messages.filter(
      (m) => m.headers['x-redress-notification'] === notificationId || m.headers.reference === notificationId,
    );

  describe('contact windows', () => {
    it('holds an email of a customer without a window for the default window in DEFAULT_TIMEZONE, and sends a webhook at once', async () => {
      const held = await driver.post({}, { timezone: undefined });
      const email = await only(held);
      expect(email).toMatchObject({ channel: 'email', status: 'scheduled' });
      expect(new Date(email.scheduledFor).getTime()).toBe(nextContactTime(new Date(), defaultWindow, 'UTC').getTime());

      const hook = await driver.post(
        { callbackUrl: sinks.webhookUrl },
        { preferredChannel: 'webhook', timezone: undefined },
      );
      await eventually(
        () => driver.notifications(hook),
        (items) => items?.[0]?.status === 'sent',
        { what: 'the webhook, at once' },
      );
      expect(reached(email.id)).toEqual([]);
    });

    it("applies the default window in the customer's own zone", async () => {
      const open = await driver.post({}, { timezone: 'Etc/GMT-4' });
      await eventually(
        () => driver.notifications(open),
        (items) => items?.[0]?.status === 'sent',
        { what: 'the email inside the default window there' },
      );
      const held = await only(await driver.post({}, { timezone: 'Etc/GMT+1' }));
      expect(held.status).toBe('scheduled');
      expect(new Date(held.scheduledFor).getTime()).toBe(
        nextContactTime(new Date(), defaultWindow, 'Etc/GMT+1').getTime(),
      );
    });

    it.each([
      ['late evening, before midnight', 23],
      ['past midnight', 0],
    ])('sends at once inside a window spanning midnight (22:00-02:00): %s', async (_case, localHour) => {
      const id = await driver.post(
        {},
        { timezone: zoneAt(localHour), contactWindow: { from: '22:00', to: '02:00' }, preferredChannel: 'sms' },
      );
      await eventually(
        () => driver.notifications(id),
        (items) => items?.[0]?.status === 'sent',
        { what: 'the SMS inside the window' },
      );
    });

    it('never sends a backlog or a resend outside the window: the worker puts it back to the next opening', async () => {
      const window = { from: '22:00', to: '02:00' };
      const zone = zoneAt(4);
      const id = await driver.post({}, { timezone: zone, contactWindow: window, preferredChannel: 'sms' });
      const held = await only(id);
      const opening = nextContactTime(new Date(), window, zone).getTime();
      expect(new Date(held.scheduledFor).getTime()).toBe(opening);

      // A backlog (or an expired lease, or a circuit that held it) makes it due at 04:00 there.
      await stack.db.query(`UPDATE notifier.notifications SET due_at = now() - interval '1 hour' WHERE id = $1`, [
        held.id,
      ]);
      // Claimed, the row is leased (due at the lease's end) for a moment before the worker puts it back to the opening.
      const waited = await eventually(
        () => row(held.id),
        (r) => new Date(r.due_at).getTime() === opening,
        { what: 'the worker to put the backlog back' },
      );
      expect(waited).toMatchObject({ status: 'scheduled', attempts: 0 });
      expect(new Date(waited.due_at).getTime()).toBe(opening);

      // The resend CLI makes a failed message due now: the worker holds it the same way.
      await stack.db.query(
        `UPDATE notifier.notifications SET status = 'failed', failed_at = now(), due_at = now() WHERE id = $1`,
        [held.id],
      );
      const { stdout } = await run(
        process.execPath,
        [
          join(repoRoot(), 'dist', 'apps', 'notifier', 'src', 'cli', 'resend-notifications.cli.js'),
          '--since',
          '5m',
          '--channel',
          'sms',
        ],
        {
          env: { ...process.env, DATABASE_URL: stack.databaseUrl },
        },
      );
      expect(stdout.trim()).toMatch(/^[1-9]\d* failed notifications? scheduled again$/);
      const resent = await eventually(
        () => row(held.id),
        (r) => r.status === 'scheduled' && new Date(r.due_at).getTime() === opening,
        {
          what: 'the worker to hold the resent message',
        },
      );
      expect(new Date(resent.due_at).getTime()).toBe(opening);
      expect(resent.attempts).toBe(0);
      expect(reached(held.id)).toEqual([]);
    });
  });

  describe('locale', () => {
    it('writes in the locale the complaint names, whatever language the customer wrote in', async () => {
      const open = { timezone: zoneAt(12), contactWindow: { from: '09:00', to: '21:00' } };
      const ru = await driver.post(
        { text: 'The courier was three hours late.' },
        { ...open, locale: 'ru', formOfAddress: 'госпожа Петрова' },
      );
      const en = await driver.post(
        { text: 'Курьер опоздал на три часа.' },
        { ...open, locale: 'en', preferredChannel: 'sms' },
      );
      const email = await eventually(
        async () => reached((await only(ru)).id),
        (m) => m.length === 1,
        { what: 'the Russian email' },
      );
      expect(email[0]).toMatchObject({
        channel: 'email',
        subject: expect.stringMatching(/^Мы получили ваше обращение/),
      });
      expect(email[0].text).toMatch(/^Здравствуйте, госпожа Петрова!/);
      const sms = await eventually(
        async () => reached((await only(en)).id),
        (m) => m.length === 1,
        { what: 'the English SMS' },
      );
      expect(sms[0]).toMatchObject({
        channel: 'sms',
        text: expect.stringMatching(/^Dear Ms Petrova, Thank you for telling us/),
      });
    });

    it('refuses an unknown locale with a 400 naming customer.locale', async () => {
      const body = complaintBody({ customer: { ...(complaintBody().customer as object), locale: 'de' } });
      const response = await postComplaint(stack.services.intake.url, stack.secrets.apiKey, body);
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([{ field: 'customer.locale', reason: 'must be one of ru, en' }]);
    });
  });

  describe('fallback to the other channel', () => {
    const open = () => ({ timezone: zoneAt(12), contactWindow: { from: '09:00', to: '21:00' } });

    it('sends an email that fails for good by SMS, linked to the failed email', async () => {
      sinks.refuseMail(true);
      try {
        const id = await driver.post({ externalRef: `FB-${randomUUID().slice(0, 8)}` }, { ...open(), locale: 'en' });
        const [failed, sent] = await eventually(
          () => driver.outbox('customer.notified', id),
          (events) => events.length === 2,
          {
            what: 'the email given up and the SMS sent instead',
          },
        );
        expect(failed).toMatchObject({ channel: 'email', status: 'failed' });
        expect(failed.fallbackOf).toBeUndefined();
        expect(sent).toMatchObject({ channel: 'sms', status: 'sent', attempts: 1, fallbackOf: failed.notificationId });
        expect(await driver.notifications(id)).toEqual([
          expect.objectContaining({ id: failed.notificationId, channel: 'email', status: 'failed', fallbackOf: null }),
          expect.objectContaining({
            id: sent.notificationId,
            channel: 'sms',
            status: 'sent',
            fallbackOf: failed.notificationId,
          }),
        ]);
        expect(reached(sent.notificationId)).toEqual([
          expect.objectContaining({
            channel: 'sms',
            to: '+79161234567',
            text: expect.stringMatching(/^Dear Ms Petrova, Thank you/),
          }),
        ]);
      } finally {
        sinks.refuseMail(false);
      }
    });

    it('sends an SMS that fails for good by email, and none for a customer without an address', async () => {
      smsDown = true;
      try {
        const id = await driver.post({}, { ...open(), preferredChannel: 'sms', locale: 'ru' });
        const smsOnly = await driver.post({}, { ...open(), preferredChannel: 'sms', email: undefined });
        const [failed, sent] = await eventually(
          () => driver.outbox('customer.notified', id),
          (events) => events.length === 2,
          {
            what: 'the SMS given up and the email sent instead',
          },
        );
        expect(failed).toMatchObject({ channel: 'sms', status: 'failed' });
        expect(sent).toMatchObject({ channel: 'email', status: 'sent', fallbackOf: failed.notificationId });
        expect(reached(sent.notificationId)).toEqual([
          expect.objectContaining({
            channel: 'email',
            to: 'anna@example.com',
            subject: expect.stringMatching(/^Мы получили ваше обращение/),
          }),
        ]);
        await eventually(
          () => driver.outbox('customer.notified', smsOnly),
          (events) => events.length === 1,
          { what: "the SMS-only customer's SMS given up" },
        );
        expect((await driver.notifications(smsOnly)).map((n) => [n.channel, n.status])).toEqual([['sms', 'failed']]);
      } finally {
        smsDown = false;
      }
    });
  });

  describe('SMS length', () => {
    // A long form of address makes every SMS longer than SMS_MAX_SEGMENTS (2).
    const addressAs = `Ms ${'Petrova-Vodkina '.repeat(12).trim()}`;

    it.each([
      ['en', 'gsm-7', 306],
      ['ru', 'ucs-2', 134],
    ] as const)(
      'cuts a %s SMS at a word to two %s segments, ending with the feedback link',
      async (locale, alphabet, room) => {
        const id = await driver.post(
          {},
          {
            timezone: zoneAt(12),
            contactWindow: { from: '09:00', to: '21:00' },
            preferredChannel: 'sms',
            locale,
            formOfAddress: addressAs,
          },
        );
        await driver.resolveAndSettle([id]);
        const token = await driver.feedbackToken(id);
        const resolution = (await driver.notifications(id)).find((n) => n.kind === 'resolution') as Record<string, any>;
        const [sms] = await eventually(
          async () => reached(resolution.id),
          (m) => m.length === 1,
          { what: 'the resolution SMS' },
        );
        expect(smsAlphabet(sms.text)).toBe(alphabet);
        expect(smsSegments(sms.text)).toBe(2);
        expect([...sms.text].length).toBeLessThanOrEqual(room);
        expect(sms.text.endsWith(`... https://feedback.example/feedback/${token}`)).toBe(true);
        // Cut between words: what is kept ends a word of the full text.
        expect(sms.text).toMatch(/\S\.\.\. https:/);
      },
    );
  });
});
