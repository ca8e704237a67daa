import { buildEvent, EventEnvelope, EventType, topicFor } from '@redress/contracts';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { COMPENSATION_MAX_WAIT_TIMER } from '../../apps/notifier/src/commands/settle-compensation/compensation-max-wait.handler';
import { nextDigestAt } from '../../apps/notifier/src/domain/digest-time';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { assignmentOf, escalation, identify } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { committee, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
const ESCALATION_ADMIN = `admin-${randomUUID()}`;
const CONSOLE_URL = 'https://console.example';

interface ChatCall {
  path: string;
  text: string;
}

/**
 * Staff notices on the real stack: escalation's deadline timers and warnings (SLA_WARNINGS) with short deadlines, the
 * notifier's directory, a real SMTP server on loopback and a chat-webhook receiver. Each test has its own department,
 * people and root causes.
 */
describeE2E('staff notices', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let probe: KafkaProbe;
  let receiver: Server;
  let receiverUrl: string;
  let admin: string;
  let driver: NotifierDriver;
  const chat: ChatCall[] = [];

  beforeAll(async () => {
    sinks = await startSinks();
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        chat.push({ path: request.url ?? '/', text: JSON.parse(Buffer.concat(chunks).toString('utf8')).text });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    stack = await startTestStack('staffnotices', {
      SMTP_URL: sinks.smtpUrl,
      ESCALATION_ADMIN_TOKEN: ESCALATION_ADMIN,
      // Short deadlines on the wall clock: level 1 misses its acknowledge deadline, the top of the chain too.
      ESCALATION_ACK_SLA: '8s',
      ESCALATION_RESOLVE_SLA: '10m',
      // Two warnings well before each deadline: a loaded machine may fire a timer a second late, and a warning due
      // after its deadline is dropped.
      SLA_WARNINGS: '40,70',
      CONSOLE_URL,
      DELIVERY_RETRY_BACKOFF: '100ms',
      // Six claims of 150.00 fit, a seventh does not: the budget passes 80% and runs out.
      COMPENSATION_LIMIT: '200.00',
      COMPENSATION_MONTHLY_BUDGET: '1000.00',
    });
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    const { stdout } = await run(
      process.execPath,
      ['dist/scripts/ops/admin-token.cli.js', 'create', 'notifier', `staff-${randomUUID().slice(0, 8)}`],
      { env: { ...process.env, DATABASE_URL: stack.databaseUrl } },
    );
    admin = /admin token, shown only now: (\S+)/.exec(stdout)?.[1] as string;
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await sinks?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const notifier = (method: string, path: string, token: string, body?: unknown) =>
    escalation(stack.services.notifier.url, method, path, token, body);

  async function department(id: string, levels: number) {
    const response = await escalation(stack.services.escalation.url, 'PUT', `/departments/${id}`, ESCALATION_ADMIN, {
      name: id,
      chain: Array.from({ length: levels }, (_, index) => ({ name: `Level ${index + 1} of ${id}` })),
    });
    expect(response.status).toBe(200);
    return response.body.newOwners as { id: string; name: string; level: number; token: string }[];
  }

  const noticesOf = async (person: string) =>
    (
      await stack.db.query(
        `SELECT kind, subject, body, link, status, delivery, digest_due_at FROM notifier.staff_notices WHERE person = $1 ORDER BY created_at, subject`,
        [person],
      )
    ).rows;

  const emailsTo = (address: string) => sinks.messages.filter((message) => message.to.includes(address));

  const send = (event: EventEnvelope) =>
    probe.send(topicFor(event.type, stack.topicPrefix), [{ key: event.key, value: JSON.stringify(event) }]);

  it('tells the owner of the assignment, warns at each percentage, and tells the next level of the escalation and the breach', async () => {
    const [first, head] = await department('staff-owners', 2);
    const firstEmail = `first-${randomUUID().slice(0, 8)}@staff.example`;
    const headEmail = `head-${randomUUID().slice(0, 8)}@staff.example`;
    // The owner sets up their own profile with their own token (the notifier asks escalation whose it is).
    const own = await notifier('PUT', '/staff/me', first.token, {
      email: firstEmail,
      chatWebhookUrl: `${receiverUrl}/first`,
      timeZone: 'Asia/Tokyo',
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      person: `owner:${first.id}`,
      role: 'owner',
      name: first.name,
      email: firstEmail,
      timeZone: 'Asia/Tokyo',
      preferences: { 'assignment-created': { delivery: 'now' }, 'new-root-cause': { delivery: 'digest', hour: 9 } },
    });
    expect((await notifier('PUT', '/staff/me', head.token, { email: headEmail })).status).toBe(200);

    const { data } = await identify(probe, stack, 'staff-owners');
    const assignmentId = await assignmentOf(stack, data.rootCauseId);
    const link = `${CONSOLE_URL}/assignments/${assignmentId}`;

    // Level 1: created, two warnings of the acknowledge deadline; then it escalates (8 s) and level 1 hears no more.
    const expectedFirst = ['assignment-created', 'deadline-warning acknowledge 40', 'deadline-warning acknowledge 70'];
    const expectedHead = [
      'assignment-escalated',
      'deadline-warning acknowledge 40',
      'deadline-warning acknowledge 70',
      'deadline-breached',
    ];
    const brief = (rows: Record<string, string>[]) =>
      rows.map((row) => {
        const warning = /^(\d+)% of the time to (\w+)/.exec(row.subject);
        return warning ? `${row.kind} ${warning[2]} ${warning[1]}` : row.kind;
      });
    await eventually(
      async () => brief(await noticesOf(`owner:${head.id}`)),
      (kinds) => kinds.length >= expectedHead.length,
      { what: 'the head to be told of the escalation, warned and told of the breach', timeoutMs: 60_000 },
    );
    expect(brief(await noticesOf(`owner:${first.id}`)).sort()).toEqual(expectedFirst.sort());
    expect(brief(await noticesOf(`owner:${head.id}`)).sort()).toEqual(expectedHead.sort());
    for (const notice of [...(await noticesOf(`owner:${first.id}`)), ...(await noticesOf(`owner:${head.id}`))])
      expect(notice).toMatchObject({ link, status: 'queued', delivery: 'now' });

    // Each notice went out once by email (and, for level 1, by chat), with the link to the console page.
    await eventually(
      async () => [
        emailsTo(firstEmail).length,
        emailsTo(headEmail).length,
        chat.filter((c) => c.path === '/first').length,
      ],
      ([first, head, chats]) => first >= 3 && head >= 4 && chats >= 3,
      { what: 'the emails and chat messages', timeoutMs: 30_000 },
    );
    expect(emailsTo(firstEmail)).toHaveLength(3);
    expect(emailsTo(headEmail)).toHaveLength(4);
    const created = emailsTo(firstEmail).find((email) => email.subject?.startsWith('New assignment'));
    expect(created?.text).toContain(link);
    // Deadlines on the owner's own clock.
    expect(created?.text).toContain('(Asia/Tokyo)');
    const breach = emailsTo(headEmail).find((email) => email.subject?.startsWith('Deadline missed'));
    expect(breach?.text).toContain('nobody is above to take over');
    const chats = chat.filter((call) => call.path === '/first');
    expect(chats).toHaveLength(3);
    expect(chats.map((call) => call.text).join('\n')).toContain(link);

    // Escalation announced each warning once.
    const warnings = await stack.db.query(
      `SELECT payload FROM escalation.outbox WHERE event_type = 'assignment.deadline-approaching' AND message_key = $1`,
      [data.rootCauseId],
    );
    expect(warnings.rows).toHaveLength(4);

    // The owner reads their notices, newest first, a page at a time.
    const page = await notifier('GET', '/notices/mine?limit=3', head.token);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(3);
    const rest = await notifier('GET', `/notices/mine?limit=3&cursor=${page.body.nextCursor}`, head.token);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();
    expect([...page.body.items, ...rest.body.items].map((item: { kind: string }) => item.kind).sort()).toEqual(
      expectedHead.map((kind) => kind.split(' ')[0]).sort(),
    );
  });

  it('sends a notice once, whatever the redelivery', async () => {
    const ownerId = randomUUID();
    const email = `once-${randomUUID().slice(0, 8)}@staff.example`;
    const saved = await notifier('PUT', `/staff/owner:${ownerId}`, admin, { email, name: 'Olga Once' });
    expect(saved.status).toBe(200);
    const rootCauseId = randomUUID();
    const event = buildEvent('escalation', {
      type: EventType.AssignmentCreated,
      key: rootCauseId,
      data: {
        assignmentId: randomUUID(),
        rootCauseId,
        department: 'logistics',
        owner: { id: ownerId, name: 'Olga Once' },
        level: 1,
        acknowledgeDueAt: new Date(Date.now() + 3_600_000).toISOString(),
        resolveDueAt: new Date(Date.now() + 86_400_000).toISOString(),
        complaintCount: 3,
      },
    });
    await send(event);
    await send(event);
    await eventually(
      async () => emailsTo(email).length,
      (count) => count >= 1,
      { what: 'the notice email' },
    );
    await send(event);
    await probe.waitUntilConsumed(
      `${stack.topicPrefix}notifier`,
      topicFor(EventType.AssignmentCreated, stack.topicPrefix),
    );
    expect(await noticesOf(`owner:${ownerId}`)).toHaveLength(1);
    expect(emailsTo(email)).toHaveLength(1);
  });

  it("gathers a committee member's new root causes into one digest at the hour they chose, on their clock", async () => {
    const memberId = randomUUID();
    const person = `member:${memberId}`;
    const email = `member-${randomUUID().slice(0, 8)}@staff.example`;
    const saved = await notifier('PUT', `/staff/${person}`, admin, {
      name: 'Maria Member',
      email,
      chatWebhookUrl: `${receiverUrl}/member`,
      timeZone: 'America/New_York',
      preferences: { 'new-root-cause': { delivery: 'digest', hour: 7 } },
    });
    expect(saved.status).toBe(200);
    const before = new Date();
    const opened = ['Couriers overbooked', 'Wrong sizes shipped'].map((suggestedCause) =>
      buildEvent('triage', {
        type: EventType.RootCauseOpened,
        key: randomUUID(),
        data: {
          rootCauseId: randomUUID(),
          category: 'late-delivery',
          touchpoint: 'delivery',
          suggestedCause,
          suggestedDepartment: 'logistics',
          firstComplaintId: randomUUID(),
          openedAt: new Date().toISOString(),
        },
      }),
    );
    for (const event of opened) await send({ ...event, key: event.data.rootCauseId });
    const held = await eventually(
      () => noticesOf(person),
      (rows) => rows.length === 2,
      { what: 'the two notices held for the digest' },
    );
    // Held for 07:00 New York time, the next one after they arrived; nothing sent yet.
    const due = nextDigestAt(before, 7, 'America/New_York');
    for (const notice of held) {
      expect(notice).toMatchObject({ status: 'held', delivery: 'digest' });
      expect([due.getTime(), nextDigestAt(new Date(), 7, 'America/New_York').getTime()]).toContain(
        new Date(notice.digest_due_at).getTime(),
      );
    }
    const timer = await stack.db.query(
      `SELECT due_at FROM notifier.timers WHERE kind = 'notifier.staff-digest' AND subject_id = $1 AND status = 'pending'`,
      [person],
    );
    expect(new Date(timer.rows[0].due_at).getTime()).toBe(new Date(held[0].digest_due_at).getTime());
    expect(emailsTo(email)).toHaveLength(0);

    // The hour comes (as if the clock had moved on): one message with both root causes, by email and by chat.
    await stack.db.query('BEGIN');
    await stack.db.query(
      `SELECT id FROM notifier.timers WHERE kind = 'notifier.staff-digest' AND subject_id = $1 AND status = 'pending' FOR UPDATE`,
      [person],
    );
    await stack.db.query(`UPDATE notifier.staff_notices SET digest_due_at = now() WHERE person = $1`, [person]);
    await stack.db.query(
      `UPDATE notifier.timers SET due_at = now() WHERE kind = 'notifier.staff-digest' AND subject_id = $1 AND status = 'pending'`,
      [person],
    );
    await stack.db.query('COMMIT');
    const [digest] = await eventually(
      async () => emailsTo(email),
      (emails) => emails.length === 1,
      { what: 'the digest email' },
    );
    expect(digest.subject).toBe('2 notice(s) for you');
    expect(digest.text).toContain('Couriers overbooked');
    expect(digest.text).toContain('Wrong sizes shipped');
    expect(digest.text).toContain(`${CONSOLE_URL}/rootcauses/${opened[0].data.rootCauseId}`);
    await eventually(
      async () => chat.filter((call) => call.path === '/member'),
      (calls) => calls.length === 1,
      { what: 'the digest on chat' },
    );
    expect((await noticesOf(person)).map((notice) => notice.status)).toEqual(['queued', 'queued']);
  });

  it('tells supervisors of the budget at 80% and when it runs out at once, and of review items in their digest', async () => {
    const person = `supervisor:${randomUUID()}`;
    const email = `supervisor-${randomUUID().slice(0, 8)}@staff.example`;
    expect((await notifier('PUT', `/staff/${person}`, admin, { name: 'Sofia Supervisor', email })).status).toBe(200);
    const ids: string[] = [];
    for (let index = 0; index < 7; index++)
      ids.push(
        await driver.post({
          externalRef: `BUDGET-${index}-${randomUUID().slice(0, 8)}`,
          dissatisfaction: 'upset',
          remedy: { type: 'refund', amount: '150.00' },
        }),
      );
    // Each complaint's COMPENSATION_MAX_WAIT ends now: the seven grants are settled against the budget.
    await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT count(*)::int AS n FROM notifier.timers WHERE kind = $1 AND subject_id = ANY($2) AND status = 'pending'`,
            [COMPENSATION_MAX_WAIT_TIMER, ids],
          )
        ).rows[0].n,
      (n) => n === ids.length,
      { what: 'the compensation waits armed' },
    );
    await stack.db.query(
      `UPDATE notifier.timers SET due_at = now() WHERE kind = $1 AND subject_id = ANY($2) AND status = 'pending'`,
      [COMPENSATION_MAX_WAIT_TIMER, ids],
    );
    const notices = await eventually(
      () => noticesOf(person),
      (rows) => rows.length >= 3,
      { what: 'the budget and review notices' },
    );
    const kinds = notices.map((notice) => `${notice.kind} ${notice.delivery} ${notice.status}`).sort();
    expect(kinds).toEqual(['budget-threshold now queued', 'budget-threshold now queued', 'review-item digest held']);
    expect(notices.map((notice) => notice.subject)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Compensation budget at 80% \(\d{4}-\d{2}\)$/),
        expect.stringMatching(/^Compensation budget exhausted \(\d{4}-\d{2}\)$/),
        'Compensation to review (budget-exhausted)',
      ]),
    );
    for (const notice of notices) expect(notice.link).toBe(`${CONSOLE_URL}/review`);
    // The two budget notices went out by email at once; the review item waits for the 09:00 digest.
    await eventually(
      async () => emailsTo(email),
      (emails) => emails.length >= 2,
      { what: 'the budget emails' },
    );
    expect(
      emailsTo(email)
        .map((message) => message.subject)
        .sort(),
    ).toEqual(
      notices
        .filter((notice) => notice.kind === 'budget-threshold')
        .map((notice) => notice.subject)
        .sort(),
    );
  });

  it('tells customer service who owes a callback, and the chair of a decision taken without them', async () => {
    // A low rating (as the notifier announces it) becomes a callback for the level-1 owner of customer-care.
    const complaintId = randomUUID();
    const requested = buildEvent('notifier', {
      type: EventType.FollowUpRequested,
      key: complaintId,
      correlationId: complaintId,
      data: {
        complaintId,
        rating: 1,
        requestedAt: new Date().toISOString(),
        dueAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      },
    });
    await send(requested);
    const [{ id: followUpId, owner_id: ownerId }] = await eventually(
      async () =>
        (await stack.db.query(`SELECT id, owner_id FROM escalation.follow_ups WHERE complaint_id = $1`, [complaintId]))
          .rows,
      (rows) => rows.length === 1,
      { what: 'the follow-up' },
    );
    const [owed] = await eventually(
      () => noticesOf(`owner:${ownerId}`),
      (rows) => rows.some((row) => row.kind === 'callback-owed'),
      { what: 'the callback notice' },
    );
    expect(owed).toMatchObject({
      kind: 'callback-owed',
      link: `${CONSOLE_URL}/callbacks/${followUpId}`,
      delivery: 'now',
      status: 'queued',
    });
    // The demo seed gave the owner an email: the notice reached it.
    const [{ email: ownerEmail }] = (
      await stack.db.query(`SELECT email FROM notifier.staff_profiles WHERE person = $1`, [`owner:${ownerId}`])
    ).rows;
    await eventually(
      async () => emailsTo(ownerEmail).filter((message) => message.subject === owed.subject),
      (emails) => emails.length === 1,
      { what: 'the callback email' },
    );

    // The votes decided a root cause: the chair named in the event is told; a chair's own decision tells nobody.
    const chairId = randomUUID();
    expect((await notifier('PUT', `/staff/member:${chairId}`, admin, { name: 'Clara Chair' })).status).toBe(200);
    const decided = (decidedBy: 'committee' | 'chair') => {
      const rootCauseId = randomUUID();
      return buildEvent('triage', {
        type: EventType.RootCauseIdentified,
        key: rootCauseId,
        correlationId: rootCauseId,
        data: {
          rootCauseId,
          cause: `Cause decided by ${decidedBy}`,
          department: 'logistics',
          decidedBy,
          votes: [],
          complaintCount: 1,
          identifiedAt: new Date().toISOString(),
          chairId,
        },
      });
    };
    const byVotes = decided('committee');
    await send(byVotes);
    await send(decided('chair'));
    await probe.waitUntilConsumed(
      `${stack.topicPrefix}notifier`,
      topicFor(EventType.RootCauseIdentified, stack.topicPrefix),
    );
    const told = await eventually(
      () => noticesOf(`member:${chairId}`),
      (rows) => rows.length >= 1,
      { what: "the chair's notice" },
    );
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'root-cause-decided',
        subject: 'Root cause decided by the committee',
        link: `${CONSOLE_URL}/rootcauses/${byVotes.data.rootCauseId}`,
      }),
    ]);
  });

  it('reminds the committee members who have not voted when a review deadline is near', async () => {
    const complaintId = await driver.post({
      externalRef: `REMIND-${randomUUID().slice(0, 8)}`,
      touchpoint: 'store',
      text: `The shop assistant ignored me for twenty minutes ${randomUUID().slice(0, 8)}`,
    });
    const rootCauseId = await rootCauseOf(stack, complaintId);
    const { chair, others } = committee(stack);
    const voted = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/votes`, chair.token, {
      cause: 'Too few staff on the floor',
      department: 'customer-care',
    });
    expect(voted.status).toBe(200);
    // COMMITTEE_REVIEW_REMINDER (75%) of the 72 h review comes now.
    const moved = await stack.db.query(
      `UPDATE triage.timers SET due_at = now() WHERE kind = 'committee-review-reminder' AND subject_id = $1 AND status = 'pending'`,
      [rootCauseId],
    );
    expect(moved.rowCount).toBe(1);
    const reminded = async (memberId: string) =>
      (await noticesOf(`member:${memberId}`)).filter((notice) => notice.kind === 'review-deadline-approaching');
    const [first] = await eventually(
      () => reminded(others[0].id),
      (rows) => rows.length === 1,
      { what: 'the reminder of a member who has not voted' },
    );
    expect(first).toMatchObject({
      link: `${CONSOLE_URL}/rootcauses/${rootCauseId}`,
      delivery: 'now',
      status: 'queued',
    });
    for (const member of others) expect(await reminded(member.id)).toHaveLength(1);
    // The chair voted: not reminded.
    expect(await reminded(chair.id)).toHaveLength(0);
  });

  it('lets each person read their own profile and refuses bad ones, naming the field', async () => {
    const member = stack.secrets.members[0];
    const mine = await notifier('GET', '/staff/me', member.token);
    expect(mine.status).toBe(200);
    // The demo seed gives everyone an email.
    expect(mine.body).toMatchObject({
      person: `member:${member.id}`,
      role: 'member',
      email: expect.stringMatching(/@staff\.example$/),
    });

    const bad = await notifier('PUT', '/staff/me', member.token, {
      email: 'not an email',
      chatWebhookUrl: 'http://10.0.0.1/hook',
      timeZone: 'Mars/Olympus',
      preferences: { 'new-root-cause': { delivery: 'digest', hour: 25 }, gossip: { delivery: 'now' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'timeZone'].sort());
    const refused = await notifier('PUT', '/staff/me', member.token, {
      chatWebhookUrl: 'http://10.0.0.1/hook',
      preferences: { 'new-root-cause': { delivery: 'digest', hour: 25 }, gossip: { delivery: 'now' } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      ['chatWebhookUrl', 'preferences.gossip', 'preferences.new-root-cause.hour'].sort(),
    );
    expect((await notifier('GET', '/staff/me', 'ro_unknown-token')).status).toBe(401);
    expect((await notifier('GET', `/staff/member:${member.id}`, member.token)).status).toBe(401);
    expect((await notifier('GET', '/staff/nobody', admin)).status).toBe(400);
  });
});
