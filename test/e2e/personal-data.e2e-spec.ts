import { EventType, topicFor } from '@redress/contracts';
import { randomBytes } from 'node:crypto';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { escalation, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';
import { committee, rootCauseOf, triage } from '../support/triage';
import { WebhookReceiver } from '../support/webhook-receiver';

const SCHEMAS = ['intake', 'triage', 'escalation', 'notifier', 'console'];

/**
 * One customer's complaints go through all four services (triaged, decided, assigned, resolved, rated low with a
 * callback), then the customer is erased: the phone, email and name are found in no column of any table of any
 * schema, while complaints, links, compensations and counts remain. Export and audit are checked on the way.
 */
describeE2E('personal data', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  let intake: string;
  let receiver: WebhookReceiver;
  // This run's customer: nothing else in the database carries these.
  const tag = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
  const surname = `Erasova${tag}`;
  const digits = `916${String(1_000_000 + (randomBytes(3).readUIntBE(0, 3) % 9_000_000))}`;
  const customer = {
    name: `Zinaida ${surname}`,
    formOfAddress: `Ms ${surname}`,
    phone: `+7${digits}`,
    email: `zina.${tag}@example.com`,
    preferredChannel: 'email',
  };
  const formattedPhone = `8 (${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;

  const api = (method: string, path: string, body?: unknown, key = stack.secrets.apiKey) =>
    fetch(`${intake}${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (response) => ({
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as any,
    }));

  /** Every table of every schema, searched row by row over all its columns (the row's text holds them all). */
  async function traces(schemas = SCHEMAS): Promise<string[]> {
    const { rows: tables } = await stack.db.query(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE'`,
      [schemas],
    );
    const found: string[] = [];
    for (const { schema, name } of tables) {
      const { rows } = await stack.db.query(
        `SELECT t::text AS row FROM "${schema}"."${name}" t
         WHERE t::text ILIKE ANY($1) OR regexp_replace(t::text, '\\D', '', 'g') LIKE $2`,
        [[`%${surname}%`, `%${customer.email}%`, '%Zinaida%'], `%${digits}%`],
      );
      found.push(...rows.map((row) => `${schema}.${name}: ${row.row.slice(0, 300)}`));
    }
    return found;
  }

  beforeAll(async () => {
    stack = await startTestStack('privacy', { CONTACT_WINDOWS: 'ignore', FOLLOW_UP_MAX_RATING: '2' });
    intake = stack.services.intake.url;
    // The client system subscribes to its complaints' changes: the deliveries are copies of the timeline to erase too.
    receiver = await new WebhookReceiver().start();
    const subscribed = await api('PUT', '/subscription', {
      url: `${receiver.url}/privacy`,
      kinds: ['status', 'timeline'],
    });
    expect(subscribed.status).toBe(201);
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    await probe.watch(
      [EventType.FeedbackReceived, EventType.FollowUpRequested].map((type) => topicFor(type, stack.topicPrefix)),
    );
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await receiver?.stop();
  });

  it('erases a customer everywhere after their complaints went through every service, and keeps the statistics', async () => {
    const texts = [
      `The courier was three hours late. Call me back on ${formattedPhone}, Zinaida.`,
      `Delivery late again; write to ${customer.email} or ${customer.phone}.`,
    ];
    const ids: string[] = [];
    for (const [index, text] of texts.entries()) {
      const accepted = await postComplaint(
        intake,
        stack.secrets.apiKey,
        // The client's callbackUrl names the customer too (their own page in the CRM).
        complaintBody({
          externalRef: `CRM-${tag}-${index}`,
          customer,
          text,
          callbackUrl: `https://crm.example/hooks/customers/${surname}`,
        }),
      );
      expect(accepted.status).toBe(202);
      ids.push(accepted.body?.id);
    }
    // Another customer of the same client system, left alone by the erasure.
    const other = await postComplaint(intake, stack.secrets.apiKey, complaintBody({ text: 'The courier was late.' }));
    const otherId: string = other.body?.id;

    // Triage groups them; the chair decides; escalation assigns; the owner resolves; the notifier tells them.
    const rootCauseId = await rootCauseOf(stack, ids[0]);
    expect(await rootCauseOf(stack, ids[1])).toBe(rootCauseId);
    const decided = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, committee(stack).chair.token, {
      cause: 'Too few couriers on weekends',
      department: 'logistics',
    });
    expect(decided.status).toBe(200);
    const owner = ownerAt(stack, 'logistics', 1);
    const { rows: assignments } = await eventually(
      () => stack.db.query(`SELECT id FROM escalation.assignments WHERE root_cause_id = $1`, [rootCauseId]),
      (result) => result.rows.length === 1,
      { what: 'the assignment' },
    );
    const assignment = `/assignments/${assignments[0].id}`;
    expect(
      (await escalation(stack.services.escalation.url, 'POST', `${assignment}/acknowledge`, owner.token)).status,
    ).toBe(200);
    const resolved = await escalation(stack.services.escalation.url, 'POST', `${assignment}/resolve`, owner.token, {
      actionsTaken: 'Hired weekend couriers',
      causeReport: 'Too few couriers',
      eliminationProposal: 'Sell only the slots covered',
    });
    expect(resolved.status).toBe(200);
    // The customer rates the first answer low, quoting their name and phone: a callback in escalation, which keeps
    // neither (the console reads the number from intake), and topics that carry neither.
    const token = await driver.feedbackToken(ids[0]);
    const rated = await driver.call(
      'POST',
      `/feedback/${token}`,
      {
        rating: 1,
        reason: 'too-slow',
        comment: `Still waiting, ${customer.name}, ${customer.phone}`,
      },
      null,
    );
    expect(rated.status).toBe(201);
    const { rows: callbacks } = await eventually(
      () => stack.db.query(`SELECT comment FROM escalation.follow_ups WHERE complaint_id = $1`, [ids[0]]),
      (result) => result.rows.length === 1,
      { what: 'the callback' },
    );
    expect(callbacks[0]).toEqual({ comment: 'Still waiting, [erased], [erased]' });
    const published = await eventually(
      async () => probe.received.filter((message) => message.key === ids[0]),
      (messages) => messages.length === 2,
      { what: 'feedback.received and followup.requested on their topics' },
    );
    for (const message of published) {
      expect(message.value).toContain('Still waiting, [erased], [erased]');
      expect(message.value).not.toContain(digits);
      expect(message.value).not.toMatch(/Zinaida|Erasova/);
    }
    await eventually(
      () => getComplaint(intake, stack.secrets.apiKey, ids[0]),
      ({ body }) => body.timeline.some((entry: { type: string }) => entry.type === 'followup.requested'),
      { what: 'intake to learn of the callback' },
    );
    expect((await traces()).length).toBeGreaterThan(0);
    // Triage and escalation never kept any: the excerpt the committee reads has the customer's identity taken out.
    expect(await traces(['triage', 'escalation'])).toEqual([]);
    const { rows: excerpts } = await stack.db.query(
      `SELECT excerpt FROM triage.complaint_links WHERE complaint_id = $1`,
      [ids[0]],
    );
    expect(excerpts[0].excerpt).toContain('Call me back on [erased], [erased].');

    // Free text that answers or decisions may hold, which no flow of this test fills in but a real one does: the
    // subscription endpoint's error answer echoing the body it got, a mail server refusing the address, a
    // supervisor's reason for a compensation decision naming the customer.
    const attempt = await stack.db.query(
      `INSERT INTO intake.webhook_attempts (delivery_id, client_system_id, outcome, error, duration_ms)
       SELECT id, client_system_id, 'failed', $2, 12 FROM intake.webhook_deliveries WHERE complaint_id = $1 LIMIT 1
       RETURNING id`,
      [ids[0], `the subscription endpoint answered 422: unknown recipient ${customer.email}`],
    );
    expect(attempt.rowCount).toBe(1);
    const refused = await stack.db.query(
      `UPDATE notifier.notifications SET last_error = $2
       WHERE id = (SELECT id FROM notifier.notifications WHERE complaint_id = $1 LIMIT 1) RETURNING id`,
      [ids[0], `550 5.1.1 <${customer.email}>: Recipient address rejected`],
    );
    expect(refused.rowCount).toBe(1);
    const reasoned = await stack.db.query(
      `UPDATE notifier.compensations SET decision_reason = $2 WHERE complaint_id = $1`,
      [ids[1], `Agreed on the phone with ${customer.formOfAddress}`],
    );
    expect(reasoned.rowCount).toBe(1);

    // The export names both complaints, as filed and with their timelines; nothing of the other customer.
    const exported = await api('GET', `/customers/export?phone=${encodeURIComponent(customer.phone)}`);
    expect(exported.status).toBe(200);
    expect(exported.body.complaints.map((complaint: { id: string }) => complaint.id).sort()).toEqual([...ids].sort());
    expect(exported.body.complaints[0]).toMatchObject({ customer: { name: customer.name }, text: expect.any(String) });
    expect(exported.body.complaints[0].timeline.map((entry: { type: string }) => entry.type)).toEqual(
      expect.arrayContaining(['complaint.received', 'rootcause.resolved', 'feedback.received']),
    );
    expect(JSON.stringify(exported.body)).not.toContain(otherId);
    const byEmail = await api('GET', `/customers/export?email=${encodeURIComponent(customer.email.toUpperCase())}`);
    expect(byEmail.body.complaints).toHaveLength(2);
    const byRef = await api('GET', `/customers/export?externalRef=CRM-${tag}-1`);
    expect(byRef.body.complaints.map((complaint: { id: string }) => complaint.id)).toEqual([ids[1]]);
    expect((await api('GET', `/customers/export?phone=${encodeURIComponent(customer.phone)}&email=a@b.c`)).status).toBe(
      400,
    );
    expect((await api('GET', '/customers/export')).body.errors).toEqual([
      { field: 'phone', reason: 'give exactly one of phone, email and externalRef' },
    ]);
    expect((await api('GET', `/customers/export?phone=123`)).status).toBe(400);
    expect(
      (
        await api(
          'GET',
          `/customers/export?phone=${encodeURIComponent(customer.phone)}`,
          undefined,
          stack.secrets.consoleApiKey,
        )
      ).status,
    ).toBe(403);

    // Erase by email: every service reports, then nothing of the customer is left anywhere.
    const erasure = await api('POST', '/customers/erasure', { email: customer.email });
    expect(erasure.status).toBe(202);
    expect(erasure.body).toEqual({ id: expect.any(String), status: 'in-progress', complaints: 2 });
    expect(erasure.headers.get('location')).toBe(`/customers/erasure/${erasure.body.id}`);
    const done = await eventually(
      () => api('GET', `/customers/erasure/${erasure.body.id}`),
      ({ body }) => body.status === 'done',
      { what: 'every service to erase' },
    );
    expect(done.body).toMatchObject({
      reason: 'request',
      complaints: 2,
      completedAt: expect.any(String),
      services: {
        intake: { status: 'done', complaints: 2 },
        triage: { status: 'done', partsDone: 1, parts: 1, complaints: 2 },
        escalation: { status: 'done', complaints: 1 },
        notifier: { status: 'done', complaints: 2 },
      },
    });
    expect(await traces()).toEqual([]);
    // The error texts lost only the customer: intake redacts with the identity it knows, the notifier knows none.
    const { rows: errors } = await stack.db.query(
      `SELECT (SELECT error FROM intake.webhook_attempts WHERE id = $1) AS attempt,
              (SELECT last_error FROM notifier.notifications WHERE id = $2) AS message,
              (SELECT decision_reason FROM notifier.compensations WHERE complaint_id = $3) AS decision,
              (SELECT count(*)::int FROM intake.complaints WHERE id = ANY($4) AND callback_url IS NOT NULL) AS callbacks`,
      [attempt.rows[0].id, refused.rows[0].id, ids[1], ids],
    );
    expect(errors[0]).toEqual({
      attempt: 'the subscription endpoint answered 422: unknown recipient [erased]',
      message: '[erased]',
      decision: null,
      callbacks: 0,
    });
    // The search above covered the change feed and the webhook deliveries, which hold the timeline of both complaints.
    const { rows: copies } = await stack.db.query(
      `SELECT (SELECT count(*) FROM intake.webhook_deliveries WHERE complaint_id = ANY($1))::int AS deliveries,
              (SELECT count(*) FROM intake.client_changes WHERE complaint_id = ANY($1))::int AS changes`,
      [ids],
    );
    expect(copies[0].deliveries).toBeGreaterThan(5);
    expect(copies[0].changes).toBeGreaterThan(5);
    expect(
      Object.values(stack.logs)
        .flat()
        .filter((line) => line.includes(digits) || line.includes(surname)),
    ).toEqual([]);

    // The complaints, their timelines, root cause, compensation and counts remain, anonymous.
    const erased = (await getComplaint(intake, stack.secrets.apiKey, ids[0])).body;
    expect(erased).toMatchObject({
      customer: { erased: true },
      externalRef: null,
      rootCauseId,
      status: expect.any(String),
    });
    expect(erased.text).toBe('The courier was three hours late. Call me back on [erased], [erased].');
    expect((await getComplaint(intake, stack.secrets.apiKey, ids[1])).body.text).toBe(
      'Delivery late again; write to [erased] or [erased].',
    );
    expect(erased.timeline.length).toBeGreaterThan(5);
    const { rows: links } = await stack.db.query(
      `SELECT count(*)::int AS n FROM triage.complaint_links WHERE root_cause_id = $1`,
      [rootCauseId],
    );
    expect(links[0].n).toBe(3);
    const { rows: counts } = await stack.db.query(`SELECT complaint_count FROM triage.root_causes WHERE id = $1`, [
      rootCauseId,
    ]);
    expect(counts[0].complaint_count).toBe(3);
    const { rows: compensations } = await stack.db.query(
      `SELECT count(*)::int AS n FROM notifier.compensations WHERE complaint_id = ANY($1)`,
      [ids],
    );
    expect(compensations[0].n).toBe(2);
    // The other customer keeps everything.
    expect((await getComplaint(intake, stack.secrets.apiKey, otherId)).body.customer).toMatchObject({
      name: 'Anna Petrova',
    });

    // Asking again is safe: nothing matches, done at once; the export finds nothing.
    const again = await api('POST', '/customers/erasure', { email: customer.email });
    expect([again.status, again.body.complaints, again.body.status]).toEqual([202, 0, 'done']);
    expect((await api('GET', `/customers/export?phone=${encodeURIComponent(customer.phone)}`)).body.complaints).toEqual(
      [],
    );
    // Another client system cannot see the erasure.
    expect(
      (await api('GET', `/customers/erasure/${erasure.body.id}`, undefined, stack.secrets.consoleApiKey)).status,
    ).toBe(404);

    // The audit trail: who asked, when, for how many complaints; never whose data.
    const { rows: audit } = await stack.db.query(
      `SELECT action, requested_by, complaint_count FROM intake.privacy_audit ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'export', requested_by: 'client:demo-crm', complaint_count: 2 },
      { action: 'export', requested_by: 'client:demo-crm', complaint_count: 2 },
      { action: 'export', requested_by: 'client:demo-crm', complaint_count: 1 },
      { action: 'erasure', requested_by: 'client:demo-crm', complaint_count: 2 },
      { action: 'erasure', requested_by: 'client:demo-crm', complaint_count: 0 },
      { action: 'export', requested_by: 'client:demo-crm', complaint_count: 0 },
    ]);
  });
});
