import { buildEvent, EventType, SERVICES, topicFor } from '@redress/contracts';
import { apiDocumentPath } from '@redress/platform';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);

/** The client systems' API: validation, idempotency, isolation, listing and the timeline projection. */
describeE2E('intake API', () => {
  let stack: TestStack;
  let intake: string;
  let apiKey: string;
  let probe: KafkaProbe;

  beforeAll(async () => {
    // The committee's deadline decides quickly, so complaints reach `assigned` without anyone voting.
    stack = await startTestStack('intake', { COMMITTEE_REVIEW_TIMEOUT: '1s' });
    intake = stack.services.intake.url;
    apiKey = stack.secrets.apiKey;
    probe = new KafkaProbe(stack.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  /** A new client system made with the CLI users run (`npm run client:create`). */
  async function newClient(name: string, ...flags: string[]): Promise<string> {
    const { stdout } = await run(process.execPath, ['dist/apps/intake/src/cli/create-client.cli.js', name, ...flags], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    const key = /API key, shown only now: (\S+)/.exec(stdout)?.[1];
    if (!key) throw new Error(`no key in: ${stdout}`);
    return key;
  }

  const list = async (key: string, query: string) => {
    const response = await fetch(`${intake}/complaints${query}`, { headers: { 'x-api-key': key } });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  describe('validation', () => {
    it.each([
      ['customer.phone', { customer: { name: 'A', phone: '+7 916 123' } }, /E\.164/],
      ['customer.email', { customer: { name: 'A', phone: '+79161234567', email: 'not-an-email' } }, /email/],
      ['customer.timezone', { customer: { name: 'A', phone: '+79161234567', timezone: 'Moscow' } }, /IANA/],
      [
        'customer.contactWindow.to',
        { customer: { name: 'A', phone: '+79161234567', contactWindow: { from: '09:00', to: '9pm' } } },
        /HH:MM/,
      ],
      [
        'customer.preferredChannel',
        { customer: { name: 'A', phone: '+79161234567', preferredChannel: 'pigeon' } },
        /one of/,
      ],
      ['customer.locale', { customer: { name: 'A', phone: '+79161234567', locale: 'de' } }, /one of ru, en/],
      ['touchpoint', { touchpoint: 'moon' }, /one of/],
      ['dissatisfaction', { dissatisfaction: 'livid' }, /one of/],
      ['remedy.type', { remedy: { type: 'money-back' } }, /one of/],
      ['remedy.amount', { remedy: { type: 'refund', amount: '1,50' } }, /decimal string/],
      ['order.amount', { order: { amount: 12.5, currency: 'RUB' } }, /decimal string/],
      ['order.currency', { order: { amount: '12.50', currency: 'RUBLES' } }, /ISO 4217/],
      ['text', { text: '' }, /1 to 5000 characters/],
      ['text', { text: '😡'.repeat(5001) }, /1 to 5000 characters/],
      ['callbackUrl', { callbackUrl: 'ftp://crm.example/hook' }, /http\(s\) URL/],
      ['customer', { customer: 'Anna' }, /object/],
    ])('400 names %s', async (field, overrides, reason) => {
      const response = await postComplaint(intake, apiKey, complaintBody(overrides));
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual(expect.arrayContaining([{ field, reason: expect.stringMatching(reason) }]));
    });

    it('400 names each missing required field', async () => {
      const response = await postComplaint(intake, apiKey, { customer: {} });
      const fields = (response.body?.errors as { field: string }[]).map((error) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining(['customer.name', 'customer.phone', 'touchpoint', 'text', 'dissatisfaction']),
      );
    });

    it('keeps 5000 emoji (5000 characters) and the text verbatim', async () => {
      const text = `  ${'😡'.repeat(4996)}\n\t`;
      const response = await postComplaint(intake, apiKey, complaintBody({ text }));
      expect(response.status).toBe(202);
      expect((await getComplaint(intake, apiKey, response.body?.id)).body.text).toBe(text);
    });

    it('400 for invalid UTF-8, deep nesting, a prototype key, a NUL character and huge numbers; never a 5xx', async () => {
      const send = (body: Buffer | string) =>
        fetch(`${intake}/complaints`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
          body,
        });
      const invalidUtf8 = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
      expect((await send(invalidUtf8)).status).toBe(400);
      expect((await send(`{"extra":${'['.repeat(5000)}${']'.repeat(5000)}}`)).status).toBe(400);
      expect((await send('{"__proto__":{"polluted":true}}')).status).toBe(400);
      expect((await send('')).status).toBe(400);
      expect((await send(JSON.stringify(complaintBody({ text: 'before\u0000after' })))).status).toBe(400);
      expect((await send(JSON.stringify(complaintBody({ order: { amount: 1e400, currency: 'RUB' } })))).status).toBe(
        400,
      );
    });
  });

  describe('idempotency', () => {
    it('answers a retry with the first answer and a changed body with 409', async () => {
      const key = `retry-${randomUUID()}`;
      const first = await postComplaint(intake, apiKey, complaintBody(), { 'idempotency-key': key });
      const again = await postComplaint(intake, apiKey, complaintBody(), { 'idempotency-key': key });
      expect(first.status).toBe(202);
      expect(again.status).toBe(202);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.headers.get('location')).toBe(`/complaints/${first.body?.id}`);
      const changed = await postComplaint(intake, apiKey, complaintBody({ text: 'something else' }), {
        'idempotency-key': key,
      });
      expect(changed.status).toBe(409);
      expect(changed.body?.message).toMatch(/different body/);
    });

    it('creates one complaint for concurrent requests with one key', async () => {
      const key = `race-${randomUUID()}`;
      const body = complaintBody({ externalRef: key });
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => postComplaint(intake, apiKey, body, { 'idempotency-key': key })),
      );
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 202));
      expect(new Set(answers.map((answer) => answer.body?.id)).size).toBe(1);
      const { rows } = await stack.db.query(
        'SELECT count(*)::int AS n FROM intake.complaints WHERE external_ref = $1',
        [key],
      );
      expect(rows[0].n).toBe(1);
    });

    it('scopes keys to the client system and refuses malformed keys', async () => {
      const other = await newClient(`idem-${randomUUID().slice(0, 8)}`);
      const key = `shared-${randomUUID()}`;
      const mine = await postComplaint(intake, apiKey, complaintBody(), { 'idempotency-key': key });
      const theirs = await postComplaint(intake, other, complaintBody(), { 'idempotency-key': key });
      expect(theirs.status).toBe(202);
      expect(theirs.body?.id).not.toBe(mine.body?.id);
      const malformed = await postComplaint(intake, apiKey, complaintBody(), { 'idempotency-key': 'x'.repeat(256) });
      expect(malformed.status).toBe(400);
      expect(malformed.body?.errors).toEqual([{ field: 'Idempotency-Key', reason: expect.any(String) }]);
    });
  });

  describe('client systems', () => {
    it('each sees only its own complaints', async () => {
      const other = await newClient(`iso-${randomUUID().slice(0, 8)}`);
      const mine = await postComplaint(intake, apiKey, complaintBody());
      expect((await getComplaint(intake, other, mine.body?.id)).status).toBe(404);
      expect((await list(other, '')).body.items).toEqual([]);
    });

    it('a staff reader (the console) reads every complaint and files none', async () => {
      const reader = await newClient(`reader-${randomUUID().slice(0, 8)}`, '--staff-reader');
      const filed = await postComplaint(intake, apiKey, complaintBody());
      const read = await getComplaint(intake, reader, filed.body?.id);
      expect(read.status).toBe(200);
      expect(read.body.id).toBe(filed.body?.id);
      const refused = await postComplaint(intake, reader, complaintBody());
      expect(refused.status).toBe(403);
      expect(refused.body?.message).toMatch(/cannot file/);
    });

    it('the CLI refuses a duplicate name', async () => {
      const name = `dup-${randomUUID().slice(0, 8)}`;
      await newClient(name);
      await expect(newClient(name)).rejects.toThrow(/already exists/);
    });
  });

  describe('listing', () => {
    it('pages newest first without gaps or repeats, filters by status and time', async () => {
      const key = await newClient(`list-${randomUUID().slice(0, 8)}`);
      const ids: string[] = [];
      // Their own root cause (rude staff in a store), untouched by the escalation the timeline test injects.
      const rude = complaintBody({ touchpoint: 'store', text: 'The cashier was rude' });
      for (let index = 0; index < 5; index++) ids.push((await postComplaint(intake, key, rude)).body?.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(key, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());

      const since = (await getComplaint(intake, key, ids[3])).body.receivedAt;
      expect(
        (await list(key, `?since=${encodeURIComponent(since)}`)).body.items.map((item: { id: string }) => item.id),
      ).toEqual([ids[4], ids[3]]);
      await eventually(
        () => list(key, '?status=assigned'),
        ({ body }) => body.items.length === 5,
        { what: 'all five assigned' },
      );
      expect((await list(key, '?status=received')).body.items).toEqual([]);
    });

    it.each([
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?limit=ten', 'limit'],
      ['?status=lost', 'status'],
      ['?since=yesterday', 'since'],
      ['?cursor=bm9wZQ', 'cursor'],
      ['?cursor=WyJ4IiwieSJd', 'cursor'],
      ['?colour=red', 'colour'],
    ])('400 for %s', async (query, field) => {
      const response = await list(apiKey, query);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe('timeline projection', () => {
    it('fans root-cause events out to every linked complaint, once each, in order, even when a link arrives late', async () => {
      const first = await postComplaint(intake, apiKey, complaintBody({ text: 'late courier, again' }));
      const second = await postComplaint(intake, apiKey, complaintBody({ text: 'courier was late' }));
      const linked = await Promise.all(
        [first, second].map((accepted) =>
          eventually(
            () => getComplaint(intake, apiKey, accepted.body?.id),
            ({ body }) => body.status === 'assigned',
            { what: 'assigned' },
          ),
        ),
      );
      const rootCauseId = linked[0].body.rootCauseId;
      expect(linked[1].body.rootCauseId).toBe(rootCauseId);

      const escalated = buildEvent('escalation', {
        type: EventType.AssignmentEscalated,
        key: rootCauseId,
        data: {
          assignmentId: randomUUID(),
          rootCauseId,
          fromLevel: 1,
          toLevel: 2,
          newOwner: { id: randomUUID(), name: 'Elena Morozova' },
          reason: 'acknowledge-overdue',
          acknowledgeDueAt: new Date(Date.now() + 3_600_000).toISOString(),
          resolveDueAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      });
      const topic = topicFor(EventType.AssignmentEscalated, stack.topicPrefix);
      await probe.send(topic, [{ key: rootCauseId, value: JSON.stringify(escalated) }]);
      await probe.send(topic, [{ key: rootCauseId, value: JSON.stringify(escalated) }]);
      await probe.waitUntilConsumed(`${stack.topicPrefix}intake`, topic);

      // A complaint of another client whose link arrives only now still catches up with the escalation.
      const late = await postComplaint(intake, apiKey, complaintBody({ touchpoint: 'other', text: 'unrelated' }));
      await eventually(
        () => getComplaint(intake, apiKey, late.body?.id),
        ({ body }) => body.status === 'assigned',
        { what: 'late assigned' },
      );
      const link = buildEvent('triage', {
        type: EventType.RootCauseComplaintLinked,
        key: late.body?.id,
        data: {
          complaintId: late.body?.id,
          rootCauseId,
          category: 'late-delivery',
          linkedAt: new Date().toISOString(),
        },
      });
      await probe.send(topicFor(EventType.RootCauseComplaintLinked, stack.topicPrefix), [
        { key: late.body?.id, value: JSON.stringify(link) },
      ]);

      for (const id of [first.body?.id, second.body?.id, late.body?.id]) {
        const { body } = await eventually(
          () => getComplaint(intake, apiKey, id),
          ({ body }) => body.status === 'escalated',
          {
            what: `${id} escalated`,
          },
        );
        const escalations = body.timeline.filter((entry: { type: string }) => entry.type === 'assignment.escalated');
        expect(escalations).toHaveLength(1);
        expect(escalations[0].summary).toBe('Escalated to Elena Morozova (level 2): acknowledge-overdue');
        expect(body.assignment).toEqual({ department: 'logistics', level: 2 });
        const times = body.timeline.map((entry: { at: string }) => Date.parse(entry.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    });
  });

  it('serves an OpenAPI document with the complaint routes and examples', async () => {
    const document = (await (await fetch(`${intake}/docs/json`)).json()) as Record<string, any>;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/complaints', '/complaints/{id}']));
    expect(document.components.schemas.SubmitComplaintRequest.properties.text.example).toEqual(expect.any(String));
    expect(document.components.securitySchemes['api-key']).toMatchObject({ in: 'header', name: 'X-Api-Key' });
    expect((await fetch(`${intake}/docs`)).status).toBe(200);
  });

  it('every service serves at /docs/json the OpenAPI 3.1 document docs/openapi/ holds, and Swagger UI at /docs', async () => {
    for (const service of SERVICES) {
      const { url } = stack.services[service];
      const served = (await (await fetch(`${url}/docs/json`)).json()) as Record<string, unknown>;
      const written = JSON.parse(readFileSync(join(__dirname, '..', '..', apiDocumentPath(service)), 'utf8'));
      expect({
        service,
        openapi: served.openapi,
        same: JSON.stringify(sortKeys(served)) === JSON.stringify(written),
      }).toEqual({ service, openapi: '3.1.0', same: true });
      expect((await fetch(`${url}/docs`)).headers.get('content-type')).toContain('text/html');
    }
  });

  it('answers errors with the documented ErrorResponse: a 401 without credentials, a 400 for a malformed query', async () => {
    const answers: unknown[] = [];
    for (const service of SERVICES) {
      const { url } = stack.services[service];
      const document = JSON.parse(readFileSync(join(__dirname, '..', '..', apiDocumentPath(service)), 'utf8'));
      const fields = Object.keys(document.components.schemas.ErrorResponse.properties);
      for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, DocumentedRoute>>)) {
        const route = item.get;
        if (!route?.security || path.includes('{')) continue;
        for (const [query, status] of [
          ['', '401'],
          ['?limit=%FF', '400'],
        ] as const) {
          const answer = await fetch(`${url}${path}${query}`);
          const body = (await answer.json()) as Record<string, unknown>;
          const example = route.responses[status]?.content['application/json'].example;
          answers.push({
            route: `${service} GET ${path}${query}`,
            status: answer.status,
            documented: example !== undefined,
            undocumentedFields: Object.keys(body).filter((field) => !fields.includes(field)),
            reason: body.error === example?.error && typeof body.message === 'string',
          });
        }
      }
    }
    expect(answers.length).toBeGreaterThan(20);
    for (const answer of answers) {
      const { route } = answer as { route: string };
      const status = route.endsWith('%FF') ? 400 : 401;
      expect(answer).toEqual({ route, status, documented: true, undocumentedFields: [], reason: true });
    }
  });

  it('never logs personal data in clear', async () => {
    const marker = randomUUID().slice(0, 8);
    const customer = { name: `Zinaida ${marker}`, phone: '+79990001122', email: `z.${marker}@example.com` };
    const accepted = await postComplaint(
      intake,
      apiKey,
      complaintBody({ customer, touchpoint: 'web', text: 'The site shows an error' }),
    );
    await eventually(
      () => getComplaint(intake, apiKey, accepted.body?.id),
      ({ body }) => body.status === 'assigned',
      { what: 'assigned' },
    );
    const everything = Object.values(stack.logs).flat().join('\n');
    for (const value of [customer.name, customer.phone, customer.email]) expect(everything).not.toContain(value);
  });
});

/** What the error check reads of a documented GET route. */
interface DocumentedRoute {
  security?: unknown[];
  responses: Record<string, { content: Record<string, { example?: Record<string, unknown> }> } | undefined>;
}

/** The written documents have their keys sorted; the served ones keep the order Nest built them in. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
