import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';
import { verifyRedressSignature, WebhookReceiver } from '../support/webhook-receiver';

const run = promisify(execFile);
/** What the notifier signed customers' webhooks with before they went through intake (WEBHOOK_SECRET's default). */
const OLD_SHARED_SECRET = 'redress-local-webhook-secret';
/** INTAKE_SERVICE_TOKEN's development value, which intake and the notifier of a test stack share. */
const SERVICE_TOKEN = 'redress-local-intake-service-token-not-for-production';

/**
 * Customers' contact details stay in intake (ADR 0009, step 3): no topic carries the name, phone, email, external ref
 * or callbackUrl, while the email and the SMS still reach the right person, because the notifier asks intake just
 * before it sends. Customers' webhooks are signed by intake with the filing client's own subscription secret. An
 * intake outage only delays a message: it waits, uncounted, and goes once intake is back.
 */
describeE2E('contact details from intake', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let receiver: WebhookReceiver;
  let probe: KafkaProbe;
  /** The demo client system's subscription secret. */
  let secret = '';

  beforeAll(async () => {
    sinks = await startSinks();
    receiver = await new WebhookReceiver().start();
    stack = await startTestStack('contact_details', {
      SMTP_URL: sinks.smtpUrl,
      // A fresh SMTP connection per email: the sink's refuseMail refuses new connections only.
      SMTP_MESSAGES_PER_CONNECTION: '1',
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      CONTACT_WINDOWS: 'ignore',
      DELIVERY_POLL_INTERVAL: '100ms',
      DELIVERY_RETRY_BACKOFF: '300ms',
      DELIVERY_RETRY_MAX_BACKOFF: '1s',
    });
    probe = new KafkaProbe(stack.brokers);
    secret = await subscribe(stack.secrets.apiKey, '/subscription');
  }, 120_000);

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await receiver?.stop();
    await sinks?.stop();
  });

  const intake = () => stack.services.intake.url;
  async function subscribe(apiKey: string, path: string): Promise<string> {
    const answer = await fetch(`${intake()}/subscription`, {
      method: 'PUT',
      headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${receiver.url}${path}`, kinds: ['status'] }),
    });
    expect(answer.status).toBe(201);
    return ((await answer.json()) as { signingSecret: string }).signingSecret;
  }
  async function newClient(name: string): Promise<string> {
    const { stdout } = await run(process.execPath, ['dist/apps/intake/src/cli/create-client.cli.js', name], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    return /API key, shown only now: (\S+)/.exec(stdout)?.[1] as string;
  }
  async function file(apiKey: string, body: Record<string, unknown>): Promise<string> {
    const answer = await postComplaint(intake(), apiKey, body);
    expect(answer.status).toBe(202);
    return answer.body?.id as string;
  }
  /** A customer no other test uses: name, phone, email and ref are searched for on every topic. */
  function customer() {
    const digits = String(Math.floor(1_000_000 + Math.random() * 8_999_999));
    const tag = randomUUID().slice(0, 8);
    return {
      name: `Zinaida Kovalenko${tag.replace(/\d/g, '')}`,
      formOfAddress: `Madam Kovalenko${tag.replace(/\d/g, '')}`,
      phone: `+7916${digits}`,
      email: `zk-${tag}@example.com`,
      externalRef: `CRM-${tag}`,
      callbackPath: `/customer-${tag}`,
    };
  }
  const notification = async (complaintId: string) =>
    (
      await stack.db.query(
        `SELECT status, attempts, recipient, last_error FROM notifier.notifications WHERE complaint_id = $1`,
        [complaintId],
      )
    ).rows[0] as { status: string; attempts: number; recipient: string | null; last_error: string | null } | undefined;

  it('keeps name, phone, email, ref and callbackUrl off every topic, and still reaches the customer', async () => {
    const byEmail = customer();
    const bySms = customer();
    const body = (who: ReturnType<typeof customer>, channel: 'email' | 'sms') =>
      complaintBody({
        externalRef: who.externalRef,
        customer: {
          name: who.name,
          formOfAddress: who.formOfAddress,
          phone: who.phone,
          ...(channel === 'email' ? { email: who.email } : {}),
          timezone: 'Europe/Moscow',
          preferredChannel: channel,
          locale: 'en',
        },
        // Their own phone and email in the text too: intake takes them out of what it publishes.
        text: `The courier was three hours late. Call me on ${who.phone}${channel === 'email' ? ` or write to ${who.email}` : ''}.`,
        callbackUrl: `${receiver.url}${who.callbackPath}`,
      });
    const emailed = await file(stack.secrets.apiKey, body(byEmail, 'email'));
    const texted = await file(stack.secrets.apiKey, body(bySms, 'sms'));

    // The messages reach the right person, addressed and referenced as filed.
    const email = await eventually(
      async () => sinks.messages.find((m) => m.channel === 'email' && m.to === byEmail.email),
      Boolean,
      { what: 'the acknowledgement email' },
    );
    expect(email?.subject).toBe(`We have received your complaint ${byEmail.externalRef}`);
    expect(email?.text).toMatch(new RegExp(`^Dear ${byEmail.formOfAddress},`));
    const sms = await eventually(
      async () => sinks.messages.find((m) => m.channel === 'sms' && m.to === bySms.phone),
      Boolean,
      { what: 'the acknowledgement SMS' },
    );
    expect(sms?.text).toContain(bySms.formOfAddress);
    expect(sms?.text).not.toContain('{{');

    // The notifier keeps none of it: not on the complaint, not on the message.
    const kept = await stack.db.query(
      `SELECT phone, email, callback_url, customer_name, address_as, has_email, has_callback_url
       FROM notifier.complaints WHERE id = ANY($1::uuid[]) ORDER BY has_email DESC`,
      [[emailed, texted]],
    );
    expect(kept.rows).toEqual([
      {
        phone: null,
        email: null,
        callback_url: null,
        customer_name: null,
        address_as: null,
        has_email: true,
        has_callback_url: true,
      },
      {
        phone: null,
        email: null,
        callback_url: null,
        customer_name: null,
        address_as: null,
        has_email: false,
        has_callback_url: true,
      },
    ]);
    expect((await notification(emailed))?.recipient).toBeNull();
    expect((await notification(texted))?.recipient).toBeNull();

    // Every topic of the stack, read with a plain Kafka client from the start.
    const admin = new Kafka({
      clientId: `contact-${randomUUID()}`,
      brokers: stack.brokers.split(','),
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(stack.topicPrefix));
    await admin.disconnect();
    await probe.watch(topics);
    const received = await eventually(
      async () => probe.received,
      (messages) =>
        [emailed, texted].every((id) =>
          messages.some((m) => m.topic === `${stack.topicPrefix}customer.notified` && m.key === id),
        ) &&
        [emailed, texted].every((id) => messages.some((m) => m.topic.endsWith('complaint.received') && m.key === id)),
      { what: 'complaint.received and customer.notified of both complaints on their topics' },
    );
    const [published] = received
      .filter((m) => m.topic.endsWith('complaint.received') && m.key === emailed)
      .map((m) => JSON.parse(m.value as string));
    expect(published.version).toBe(2);
    expect(published.data).toMatchObject({
      customer: { hasEmail: true, preferredChannel: 'email' },
      hasCallbackUrl: true,
    });
    expect(published.data.text).toContain('[erased]');
    const national = (phone: string) => phone.replace(/\D/g, '').slice(-10);
    for (const who of [byEmail, bySms]) {
      const needles = [who.name, who.formOfAddress, who.email, who.externalRef, who.callbackPath, national(who.phone)];
      for (const message of received) {
        const digitsOnly = (message.value ?? '').replace(/\D/g, '');
        for (const needle of needles) {
          const found = needle === national(who.phone) ? digitsOnly.includes(needle) : message.value?.includes(needle);
          if (found) throw new Error(`${needle} is on ${message.topic} at offset ${message.offset}`);
        }
      }
    }
  }, 120_000);

  it("signs a customer's webhook with the filing client's own secret, not another's nor the old shared one", async () => {
    const other = await newClient(`contact-other-${randomUUID().slice(0, 6)}`);
    const otherSecret = await subscribe(other, '/other-subscription');
    const who = customer();
    const id = await file(
      stack.secrets.apiKey,
      complaintBody({
        externalRef: who.externalRef,
        customer: {
          name: who.name,
          formOfAddress: who.formOfAddress,
          phone: who.phone,
          preferredChannel: 'webhook',
          locale: 'en',
        },
        callbackUrl: `${receiver.url}${who.callbackPath}`,
      }),
    );
    const [webhook] = await eventually(
      async () => receiver.accepted(who.callbackPath),
      (items) => items.length >= 1,
      { what: "the customer's webhook at the callbackUrl" },
    );
    const header = String(webhook.headers['redress-signature']);
    expect(verifyRedressSignature(secret, header, webhook.body)).toBe(true);
    expect(verifyRedressSignature(otherSecret, header, webhook.body)).toBe(false);
    expect(verifyRedressSignature(OLD_SHARED_SECRET, header, webhook.body)).toBe(false);
    const sent = JSON.parse(webhook.body) as {
      id: string;
      type: string;
      complaintId: string;
      data: Record<string, string>;
    };
    expect(sent).toMatchObject({ type: 'customer.message', complaintId: id, data: { kind: 'acknowledgement' } });
    expect(sent.data.text).toContain(who.formOfAddress);
    expect(sent.data.subject).toContain(who.externalRef);
    expect(webhook.headers['redress-event-id']).toBe(sent.id);
    await eventually(
      () => notification(id),
      (row) => row?.status === 'sent',
      { what: 'the webhook recorded as sent' },
    );

    // A client system without a subscription has no secret of its own: its customers' webhooks are failed, recorded.
    const unsubscribed = await newClient(`contact-nosub-${randomUUID().slice(0, 6)}`);
    const lost = await file(
      unsubscribed,
      complaintBody({
        customer: { name: 'Ivan', phone: who.phone, preferredChannel: 'webhook' },
        callbackUrl: `${receiver.url}/nosub`,
      }),
    );
    const failed = await eventually(
      () => notification(lost),
      (row) => row?.status === 'failed',
      {
        what: 'the webhook of a client without a secret failed',
      },
    );
    expect(failed?.attempts).toBe(1);
    expect(failed?.last_error).toMatch(/no webhook subscription/);
    expect(receiver.received.filter((call) => call.path === '/nosub')).toEqual([]);
  }, 120_000);

  it('holds a message while intake is down, counting no attempt, and sends it once intake is back', async () => {
    const who = customer();
    // The mail server refuses first, so the message is in the delivery worker's hands when intake stops.
    sinks.refuseMail(true);
    const id = await file(
      stack.secrets.apiKey,
      complaintBody({
        externalRef: who.externalRef,
        customer: { name: who.name, phone: who.phone, email: who.email, preferredChannel: 'email', locale: 'en' },
      }),
    );
    await eventually(
      () => notification(id),
      (row) => (row?.attempts ?? 0) >= 1,
      { what: 'a refused attempt' },
    );
    await stack.services.intake.stop();
    try {
      const waits = () => stack.logs.notifier.filter((line) => line.includes(id) && line.includes('waits for intake'));
      // An attempt that read the contact details before intake stopped may still be on the wire, and counts. The
      // message's first wait is claimed after that attempt was recorded (a leased row is claimed by one sender).
      await eventually(
        async () => waits().length,
        (count) => count >= 1,
        { what: 'the message waiting for intake' },
      );
      const before = (await notification(id))?.attempts ?? 0;
      sinks.refuseMail(false);
      await eventually(
        async () => waits().length,
        (count) => count >= 3,
        { what: 'the message waiting for intake again' },
      );
      const held = await notification(id);
      expect(held).toMatchObject({ status: 'scheduled', attempts: before });
      expect(sinks.messages.some((m) => m.to === who.email)).toBe(false);
    } finally {
      await stack.services.intake.start();
    }
    const email = await eventually(
      async () => sinks.messages.find((m) => m.channel === 'email' && m.to === who.email),
      Boolean,
      { what: 'the email once intake is back' },
    );
    expect(email?.subject).toContain(who.externalRef);
    await eventually(
      () => notification(id),
      (row) => row?.status === 'sent',
      { what: 'the message recorded as sent' },
    );
  }, 120_000);
  it('answers contact details only with the service token, 410 once erased, and drops a message held for an erased customer', async () => {
    const who = customer();
    sinks.refuseMail(true);
    const id = await file(
      stack.secrets.apiKey,
      complaintBody({
        externalRef: who.externalRef,
        customer: { name: who.name, phone: who.phone, email: who.email, preferredChannel: 'email', locale: 'en' },
      }),
    );
    const contact = (token?: string) =>
      fetch(`${intake()}/internal/complaints/${id}/contact`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await contact()).status).toBe(401);
    expect((await contact('not-the-service-token')).status).toBe(401);
    const found = await contact(SERVICE_TOKEN);
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({
      name: who.name,
      phone: who.phone,
      email: who.email,
      reference: who.externalRef,
    });
    await eventually(
      () => notification(id),
      (row) => (row?.attempts ?? 0) >= 1,
      { what: 'a refused attempt' },
    );

    const erasure = await fetch(`${intake()}/customers/erasure`, {
      method: 'POST',
      headers: { 'x-api-key': stack.secrets.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: who.email }),
    });
    expect(erasure.status).toBe(202);
    expect((await contact(SERVICE_TOKEN)).status).toBe(410);
    sinks.refuseMail(false);
    const dropped = await eventually(
      () => notification(id),
      (row) => row?.status === 'failed',
      {
        what: "the erased customer's message failed",
      },
    );
    expect(dropped?.last_error).toBe('customer data erased');
    const rows = await stack.db.query(`SELECT channel FROM notifier.notifications WHERE complaint_id = $1`, [id]);
    expect(rows.rows).toEqual([{ channel: 'email' }]);
    expect(sinks.messages.some((m) => m.to === who.email || m.to === who.phone)).toBe(false);
  }, 120_000);

  it('looks up several complaints at once: the reachable in contacts, the erased and the unknown in gone', async () => {
    const [kept, erased] = [customer(), customer()];
    const fileFor = (who: ReturnType<typeof customer>) =>
      file(
        stack.secrets.apiKey,
        complaintBody({
          externalRef: who.externalRef,
          customer: { name: who.name, phone: who.phone, email: who.email, preferredChannel: 'email', locale: 'en' },
        }),
      );
    const [keptId, erasedId] = [await fileFor(kept), await fileFor(erased)];
    const erasure = await fetch(`${intake()}/customers/erasure`, {
      method: 'POST',
      headers: { 'x-api-key': stack.secrets.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: erased.email }),
    });
    expect(erasure.status).toBe(202);
    const lookup = (body: unknown, token: string | null = SERVICE_TOKEN) =>
      fetch(`${intake()}/internal/complaints/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const unknownId = randomUUID();
    const found = await eventually(
      async () =>
        (await (await lookup({ complaintIds: [keptId, erasedId, unknownId, keptId.toUpperCase()] })).json()) as {
          contacts: unknown[];
          gone: string[];
        },
      (body) => body.gone.includes(erasedId),
      { what: 'the erased customer listed as gone' },
    );
    expect(found).toEqual({
      contacts: [
        { complaintId: keptId, name: kept.name, phone: kept.phone, email: kept.email, reference: kept.externalRef },
      ],
      gone: expect.arrayContaining([erasedId, unknownId]) as unknown,
    });
    expect(found.gone).toHaveLength(2);

    expect((await lookup({ complaintIds: [keptId] }, null)).status).toBe(401);
    expect((await lookup({ complaintIds: [keptId] }, 'not-the-service-token')).status).toBe(401);
    const notUuid = await lookup({ complaintIds: ['not-a-uuid'] });
    expect(notUuid.status).toBe(400);
    expect(JSON.stringify(await notUuid.json())).toContain('each complaint id must be a UUID');
    expect((await lookup({ complaintIds: [] })).status).toBe(400);
    expect((await lookup({ complaintIds: Array.from({ length: 101 }, () => randomUUID()) })).status).toBe(400);
  }, 120_000);
});
