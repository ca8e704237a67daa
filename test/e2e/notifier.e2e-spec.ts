import { EventType, topicFor } from '@redress/contracts';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';
import { nextContactTime } from '../../apps/notifier/src/domain/contact-window';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { getComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';
import { verifyRedressSignature } from '../support/webhook-receiver';

interface WebhookCall {
  path: string;
  verified: boolean;
  delivery: string;
  body: Record<string, any>;
  answered: number;
}

/**
 * The notifier against a real SMTP server on loopback, an SMS gateway sink and a webhook receiver that checks every
 * signature. Root-cause events are produced with the Kafka probe onto root causes of the test's own (each test moves
 * its complaints to a fresh root cause), so tests do not see each other's complaints.
 */
describeE2E('notifier', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let probe: KafkaProbe;
  let receiver: Server;
  let receiverUrl: string;
  const calls: WebhookCall[] = [];
  /** Per path: how many first attempts answer 500 (Infinity: all of them). */
  const failFirst = new Map<string, number>();
  /** The test client system's own subscription secret: intake signs the customers' webhooks with it. */
  let signingSecret = '';

  beforeAll(async () => {
    sinks = await startSinks();
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = request.url ?? '/';
        const seen = calls.filter((call) => call.path === path).length;
        const answered = seen < (failFirst.get(path) ?? 0) ? 500 : 204;
        calls.push({
          path,
          verified: verifyRedressSignature(signingSecret, String(request.headers['redress-signature']), body),
          delivery: String(request.headers['redress-event-id']),
          body: JSON.parse(body),
          answered,
        });
        response.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    stack = await startTestStack('notifier', {
      SMTP_URL: sinks.smtpUrl,
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      DELIVERY_RETRY_BACKOFF: '100ms',
      DELIVERY_MAX_ATTEMPTS: '3',
      // /flaky and /down share a host: its circuit may open, and then probes again soon.
      DELIVERY_BREAKER_COOLDOWN: '200ms',
      FEEDBACK_BASE_URL: 'https://feedback.example',
      COMPENSATION_MONTHLY_BUDGET: '100000.00',
      // Request lines are at info: the feedback test reads them.
      LOG_LEVEL: 'info',
      COMPENSATION_EXCHANGE_RATES: 'USD:92.5',
    });
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    // Customers' webhooks are signed with the filing client's own secret, which its subscription brings.
    const subscribed = await fetch(`${stack.services.intake.url}/subscription`, {
      method: 'PUT',
      headers: { 'x-api-key': stack.secrets.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${receiverUrl}/subscription`, kinds: ['status'] }),
    });
    expect(subscribed.status).toBe(201);
    signingSecret = ((await subscribed.json()) as { signingSecret: string }).signingSecret;
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await sinks?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  let driver: NotifierDriver;
  const notifier: NotifierDriver['call'] = (...args) => driver.call(...args);
  const post: NotifierDriver['post'] = (...args) => driver.post(...args);
  const notifications: NotifierDriver['notifications'] = (id) => driver.notifications(id);
  const outbox: NotifierDriver['outbox'] = (type, id) => driver.outbox(type, id);
  const ownRootCause: NotifierDriver['ownRootCause'] = (ids) => driver.ownRootCause(ids);
  const link: NotifierDriver['link'] = (id, rootCauseId) => driver.link(id, rootCauseId);
  const assigned: NotifierDriver['assigned'] = (rootCauseId) => driver.assigned(rootCauseId);
  const resolved: NotifierDriver['resolved'] = (rootCauseId) => driver.resolved(rootCauseId);
  const send: NotifierDriver['send'] = (event) => driver.send(event);

  it("emails the acknowledgement through a real SMTP server, in the customer's language and form of address", async () => {
    const reference = `SMTP-${randomUUID().slice(0, 8)}`;
    const id = await post({ externalRef: reference });
    const email = await eventually(async () => sinks.messages.find((m) => m.subject?.includes(reference)), Boolean, {
      what: 'the acknowledgement email at the SMTP sink',
    });
    expect(email).toMatchObject({
      channel: 'email',
      to: 'anna@example.com',
      subject: `We have received your complaint ${reference}`,
      from: expect.stringContaining('care@redress.local'),
    });
    expect(email?.text).toMatch(/^Dear Ms Petrova,\n\nThank you for telling us/);
    const [notified] = await eventually(
      () => outbox('customer.notified', id),
      (rows) => rows.length === 1,
      { what: 'customer.notified' },
    );
    expect(notified).toMatchObject({
      kind: 'acknowledgement',
      channel: 'email',
      status: 'sent',
      attempts: 1,
      transport: 'smtp',
    });
    expect(await notifications(id)).toEqual([
      {
        id: notified.notificationId,
        kind: 'acknowledgement',
        channel: 'email',
        status: 'sent',
        scheduledFor: expect.any(String),
        sentAt: expect.any(String),
        attempts: 1,
        transport: 'smtp',
        fallbackOf: null,
      },
    ]);
    expect(email?.headers['x-redress-notification']).toBe(notified.notificationId);
  });

  it('writes in Russian to a customer who wrote in Russian, and sends SMS through the gateway', async () => {
    const id = await post(
      { text: 'Курьер опоздал на три часа', externalRef: `SMS-${randomUUID().slice(0, 8)}` },
      { preferredChannel: 'sms', formOfAddress: 'госпожа Петрова' },
    );
    const sms = await eventually(
      async () =>
        sinks.messages.find((m) => m.channel === 'sms' && m.text.includes('госпожа Петрова') && m.headers.reference),
      Boolean,
      {
        what: 'the SMS at the gateway sink',
      },
    );
    expect(sms).toMatchObject({
      to: '+79161234567',
      text: expect.stringMatching(/^Здравствуйте, госпожа Петрова! Спасибо/),
    });
    await eventually(
      () => outbox('customer.notified', id),
      (rows) => rows.length === 1 && rows[0].channel === 'sms',
      { what: 'customer.notified by sms' },
    );
  });

  it('signs webhooks, retries with backoff after failures, and reports a delivery that keeps failing as failed', async () => {
    failFirst.set('/flaky', 2);
    failFirst.set('/down', Infinity);
    const flaky = await post({ callbackUrl: `${receiverUrl}/flaky` }, { preferredChannel: 'webhook' });
    const down = await post({ callbackUrl: `${receiverUrl}/down` }, { preferredChannel: 'webhook' });

    const [sent] = await eventually(
      () => outbox('customer.notified', flaky),
      (rows) => rows.length === 1,
      { what: 'the flaky webhook to succeed' },
    );
    expect(sent).toMatchObject({ kind: 'acknowledgement', channel: 'webhook', status: 'sent', attempts: 3 });
    const flakyCalls = calls.filter((call) => call.path === '/flaky');
    expect(flakyCalls.map((call) => call.answered)).toEqual([500, 500, 204]);
    expect(flakyCalls.every((call) => call.verified && call.delivery === sent.notificationId)).toBe(true);
    expect(flakyCalls[0].body).toMatchObject({
      id: sent.notificationId,
      type: 'customer.message',
      complaintId: flaky,
      data: { kind: 'acknowledgement', subject: expect.any(String) },
    });

    const [failed] = await eventually(
      () => outbox('customer.notified', down),
      (rows) => rows.length === 1,
      { what: 'the failing webhook to be given up' },
    );
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, channel: 'webhook' });
    expect(calls.filter((call) => call.path === '/down')).toHaveLength(3);
    expect(await notifications(down)).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 3, sentAt: null }),
    ]);
  });

  it("schedules email outside the customer's window for its next start, and sends webhooks at once", async () => {
    // A one-hour window starting two hours from now, in UTC: closed now whatever the time of day.
    const start = new Date(Date.now() + 2 * 3600_000);
    const hhmm = (date: Date) => date.toISOString().slice(11, 16);
    const window = { from: hhmm(start), to: hhmm(new Date(start.getTime() + 3600_000)) };
    const id = await post({}, { timezone: 'UTC', contactWindow: window });
    const [scheduled] = await eventually(
      () => notifications(id),
      (items) => items.length === 1,
      { what: 'the scheduled acknowledgement' },
    );
    expect(scheduled).toMatchObject({ status: 'scheduled', channel: 'email', sentAt: null, attempts: 0 });
    expect(scheduled.scheduledFor).toBe(nextContactTime(new Date(), window, 'UTC').toISOString());
    expect(await outbox('customer.notified', id)).toEqual([]);

    failFirst.set('/night', 0);
    const night = await post(
      { callbackUrl: `${receiverUrl}/night` },
      { preferredChannel: 'webhook', timezone: 'UTC', contactWindow: window },
    );
    await eventually(
      () => outbox('customer.notified', night),
      (rows) => rows.length === 1 && rows[0].status === 'sent',
      { what: 'the webhook at once' },
    );
  });

  it('tells each complaint of a root cause who handles it, then resolves with compensation once, even when redelivered', async () => {
    const mild = await post({ dissatisfaction: 'mild', remedy: { type: 'refund', amount: '150.00' } });
    const outraged = await post({
      dissatisfaction: 'outraged',
      order: { ref: 'O-1', amount: '1490.00', currency: 'RUB' },
      remedy: { type: 'apology' },
    });
    const overLimit = await post({ remedy: { type: 'refund', amount: '500.00' } });
    const apologyOnly = await post({
      dissatisfaction: 'mild',
      order: { ref: 'O-2', amount: '990.00', currency: 'RUB' },
      remedy: { type: 'apology' },
    });
    const ids = [mild, outraged, overLimit, apologyOnly];
    const rootCauseId = await ownRootCause(ids);

    await send(assigned(rootCauseId));
    for (const id of ids) {
      await eventually(
        () => outbox('customer.notified', id),
        (rows) => rows.some((row) => row.kind === 'progress' && row.status === 'sent'),
        { what: `progress for ${id}` },
      );
    }
    const progress = sinks.messages.find(
      (m) => m.to === 'anna@example.com' && m.subject?.includes('someone is in charge'),
    );
    expect(progress?.text).toContain('Oleg Ivanov (logistics) is in charge');

    const resolution = resolved(rootCauseId);
    await send(resolution);
    for (const id of ids) {
      await eventually(
        () => outbox('customer.notified', id),
        (rows) => rows.some((row) => row.kind === 'resolution'),
        { what: `resolution for ${id}` },
      );
    }
    // Redelivered (same id) and a second resolution of the same root cause (new id): nothing is paid twice.
    await send(resolution);
    await send(resolved(rootCauseId));
    await probe.waitUntilConsumed(
      `${stack.topicPrefix}notifier`,
      topicFor(EventType.RootCauseResolved, stack.topicPrefix),
    );
    await eventually(
      // Complaints still wait for their compensation (COMPENSATION_MAX_WAIT): only the fan-outs count here.
      async () =>
        (
          await stack.db.query(
            `SELECT count(*)::int AS n FROM notifier.timers WHERE status = 'pending' AND kind = 'notifier.fan-out'`,
          )
        ).rows[0].n,
      (n) => n === 0,
      { what: 'every fan-out to finish' },
    );

    expect(await outbox('compensation.granted', mild)).toEqual([
      { complaintId: mild, amount: 15000, currency: 'RUB', basis: 'claimed-within-limit' },
    ]);
    expect(await outbox('compensation.granted', outraged)).toEqual([
      { complaintId: outraged, amount: 14900, currency: 'RUB', basis: 'tier' },
    ]);
    expect(await outbox('compensation.granted', overLimit)).toEqual([
      { complaintId: overLimit, amount: 20000, currency: 'RUB', basis: 'capped' },
    ]);
    expect(await outbox('compensation.review-required', overLimit)).toEqual([
      { complaintId: overLimit, requested: 50000, granted: 20000, currency: 'RUB', reason: 'over-limit' },
    ]);
    expect(await outbox('compensation.granted', apologyOnly)).toEqual([]);
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM notifier.compensations WHERE complaint_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows[0].n).toBe(4);

    const letter = sinks.messages.find(
      (m) => m.subject?.includes('the cause is removed') && m.text.includes('150.00 RUB'),
    );
    for (const part of [
      'We apologise',
      'We found what caused the problem and removed it.',
      'Thank you',
      'https://feedback.example/feedback/fb_',
      'https://feedback.example/status/st_',
    ]) {
      expect(letter?.text).toContain(part);
    }
    // The owner's internal report and measures are not for customers.
    expect(letter?.text).not.toContain('Too few couriers');
    expect(letter?.text).not.toContain('Hired four weekend couriers');

    // The supervisor decides the over-limit claim; a second decision is a conflict.
    const review = await notifier('GET', '/compensations?status=review');
    const item = review.body.items.find((entry: { complaintId: string }) => entry.complaintId === overLimit);
    expect(item).toMatchObject({
      status: 'review',
      granted: '200.00',
      requested: '500.00',
      currency: 'RUB',
      reviewReason: 'over-limit',
    });
    expect((await notifier('GET', '/compensations?status=review', undefined, null)).status).toBe(401);
    // A forged cursor (right shape, wrong parts) is a 400, never a database error.
    const forged = Buffer.from(JSON.stringify(['not a time', 'not a uuid'])).toString('base64url');
    expect((await notifier('GET', `/compensations?status=review&cursor=${forged}`)).status).toBe(400);
    const approved = await notifier('POST', `/compensations/${item.id}/approve`);
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', granted: '500.00' } });
    expect((await notifier('POST', `/compensations/${item.id}/reject`)).status).toBe(409);
    expect(await outbox('compensation.granted', overLimit)).toEqual([
      expect.objectContaining({ amount: 20000 }),
      expect.objectContaining({ amount: 50000 }),
    ]);
  });

  it('converts a claim in a currency with a rate, and sends one without a rate to review in its own currency', async () => {
    const euros = await post({
      order: { ref: 'O-EUR', amount: '300.00', currency: 'EUR' },
      remedy: { type: 'refund', amount: '30.00' },
    });
    const dollars = await post({
      order: { ref: 'O-USD', amount: '20.00', currency: 'USD' },
      remedy: { type: 'refund', amount: '1.00' },
    });
    await send(resolved(await ownRootCause([euros, dollars])));

    await eventually(
      () => outbox('compensation.review-required', euros),
      (rows) => rows.length === 1,
      { what: 'the euro claim sent to review' },
    );
    expect(await outbox('compensation.review-required', euros)).toEqual([
      { complaintId: euros, requested: 3000, granted: 0, currency: 'EUR', reason: 'over-limit' },
    ]);
    expect(await outbox('compensation.granted', euros)).toEqual([]);
    await eventually(
      () => outbox('compensation.granted', dollars),
      (rows) => rows.length === 1,
      { what: 'the dollar claim converted' },
    );
    expect(await outbox('compensation.granted', dollars)).toEqual([
      { complaintId: dollars, amount: 9250, currency: 'RUB', basis: 'claimed-within-limit' },
    ]);

    const review = await notifier('GET', '/compensations?status=review&limit=200');
    expect(review.body.items.find((item: { complaintId: string }) => item.complaintId === euros)).toMatchObject({
      granted: '0.00',
      requested: '30.00',
      currency: 'EUR',
    });
    const complaint = await eventually(
      () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, euros),
      (view) => view.body.compensation !== null,
      { what: "the review in intake's view of the complaint" },
    );
    expect(complaint.body.compensation).toMatchObject({ currency: 'EUR', requested: '30.00', status: 'review' });
  });

  it('resolves a complaint linked after its root cause was resolved', async () => {
    const early = await post({ dissatisfaction: 'upset', remedy: { type: 'refund', amount: '100.00' } });
    const rootCauseId = await ownRootCause([early]);
    await send(resolved(rootCauseId));
    await eventually(
      () => outbox('compensation.granted', early),
      (rows) => rows.length === 1,
      { what: 'the first compensation' },
    );

    const late = await post({ dissatisfaction: 'upset', remedy: { type: 'refund', amount: '120.00' } });
    await ownRootCause([late]).then(() => undefined);
    await link(late, rootCauseId);
    await eventually(
      () => outbox('compensation.granted', late),
      (rows) => rows.length === 1 && rows[0].amount === 12000,
      { what: 'the late complaint compensated' },
    );
    await eventually(
      () => notifications(late),
      (items) => items.some((item) => item.kind === 'resolution'),
      { what: 'the late resolution message' },
    );
  });

  it('takes one feedback answer per link, and counts it in the stats', async () => {
    const id = await post({ dissatisfaction: 'mild', remedy: { type: 'apology' } });
    await send(resolved(await ownRootCause([id])));
    const token = await driver.feedbackToken(id);
    const [stored] = (await stack.db.query(`SELECT * FROM notifier.feedback WHERE complaint_id = $1`, [id])).rows;
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token.slice(3));
    const page = await notifier('GET', `/feedback/${token}`, undefined, null);
    expect(page.status).toBe(200);
    expect((page.body as string).match(/name="rating"/g)).toHaveLength(5);
    expect(page.body).toContain('<textarea');

    expect((await notifier('POST', `/feedback/${token}`, { rating: 6 }, null)).status).toBe(400);
    const answers = await Promise.all([
      notifier('POST', `/feedback/${token}`, { rating: 5, comment: 'Quick and fair' }, null),
      notifier('POST', `/feedback/${token}`, { rating: 1 }, null),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect((await notifier('POST', `/feedback/${token}`, { rating: 4 }, null)).status).toBe(409);
    expect((await notifier('POST', `/feedback/fb_${'x'.repeat(43)}`, { rating: 4 }, null)).status).toBe(404);
    expect(await outbox('feedback.received', id)).toHaveLength(1);
    // Lines reach the log in chunks, a fifth of a second apart at most.
    const requestLines = await eventually(
      async () =>
        stack.logs.notifier.filter((line) => line.includes('"request completed"') && line.includes('/feedback/')),
      (lines) => lines.length >= 6,
      { what: 'the log lines of the feedback requests' },
    );
    for (const line of requestLines) expect(line).not.toContain(token.slice(3));

    const stats = await notifier('GET', '/stats');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      satisfaction: { answers: 1, averageRating: expect.any(Number), satisfiedShare: expect.any(Number) },
      compensations: { granted: expect.any(Number), underReview: expect.any(Number), currency: 'RUB' },
      budget: { limit: '100000.00', used: expect.any(String), currency: 'RUB' },
    });
  });
});
