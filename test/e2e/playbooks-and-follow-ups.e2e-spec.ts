import { EventType, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { getComplaint } from '../support/complaints';
import { escalation, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const DAY_MS = 2000;
const EVENING_MS = 4000;

/**
 * The rest of closing the loop, across the notifier and escalation: force-majeure playbooks, the low-score callback
 * with its escalation up customer service's chain, one survey per complaint, and outcomes per root cause and
 * department. Callback deadlines are seconds here (FOLLOW_UP_DAY / FOLLOW_UP_EVENING); the 2 h / 12 h rule at
 * 07:59, 08:00, 19:59 and 20:00 local time is unit tested with a controlled clock (domain/follow-up.spec.ts).
 */
describeE2E('playbooks and follow-ups', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let notifier: NotifierDriver;

  beforeAll(async () => {
    stack = await startTestStack('playbooks', {
      FOLLOW_UP_DAY: `${DAY_MS}ms`,
      FOLLOW_UP_EVENING: `${EVENING_MS}ms`,
      COMPENSATION_MONTHLY_BUDGET: '100000.00',
      CONTACT_WINDOWS: 'ignore',
    });
    probe = new KafkaProbe(stack.brokers);
    notifier = new NotifierDriver(stack, probe);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  const playbook = (overrides: Record<string, unknown> = {}) => ({
    name: `Blizzard ${randomUUID().slice(0, 8)}`,
    touchpoint: 'delivery',
    keywords: ['blizzard', 'метель'],
    activeFrom: new Date(Date.now() - 3600_000).toISOString(),
    message: {
      en: 'Deliveries stopped in the blizzard. Complaint {reference}: we refund {compensation} now.',
      ru: 'Из-за метели доставка остановлена. Обращение {reference}: возвращаем {compensation}.',
    },
    compensation: '150.00',
    ...overrides,
  });

  const body = async (notificationId: string): Promise<string> =>
    (await stack.db.query(`SELECT body FROM notifier.notifications WHERE id = $1`, [notificationId])).rows[0].body;

  it('refuses playbooks it could not apply, naming the field', async () => {
    expect((await notifier.call('POST', '/playbooks', playbook(), null)).status).toBe(401);
    const invalid = await notifier.call(
      'POST',
      '/playbooks',
      playbook({ compensation: '200.01', message: { en: 'Dear {name}' }, activeUntil: '2000-01-01T00:00:00Z' }),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'activeUntil',
      'compensation',
      'message.en',
    ]);
    expect((await notifier.call('POST', '/playbooks', playbook({ message: {} }))).body.errors).toEqual([
      expect.objectContaining({ field: 'message' }),
    ]);
    expect((await notifier.call('POST', '/playbooks', playbook({ touchpoint: 'moon', keywords: 'snow' }))).status).toBe(
      400,
    );
    const first = await notifier.call('POST', '/playbooks', playbook({ keywords: ['sandstorm'] }));
    expect(first.status).toBe(201);
    expect((await notifier.call('POST', '/playbooks', playbook({ name: first.body.name }))).status).toBe(409);
    expect((await notifier.call('PUT', `/playbooks/${randomUUID()}`, playbook())).status).toBe(404);
  });

  it("answers a matching complaint at once with the playbook's message and compensation, exactly once, and stops when ended", async () => {
    const created = await notifier.call('POST', '/playbooks', playbook({ keywords: ['blizzard-a'] }));
    expect(created.body).toMatchObject({
      active: true,
      compensation: '150.00',
      currency: 'RUB',
      keywords: ['blizzard-a'],
    });
    const matching = await notifier.post({
      text: 'Order stuck because of the BLIZZARD-A, nobody told me',
      remedy: { type: 'refund', amount: '180.00' },
    });
    const other = await notifier.post({ text: 'The courier was rude' });

    const [acknowledgement] = await eventually(
      () => notifier.notifications(matching),
      (items) => items.some((item) => item.kind === 'acknowledgement'),
      {
        what: 'the playbook acknowledgement',
      },
    );
    expect(await body(acknowledgement.id)).toMatch(
      /Deliveries stopped in the blizzard\. Complaint \S+: we refund 150\.00 RUB now\./,
    );
    expect(await notifier.outbox(EventType.CompensationGranted, matching)).toEqual([
      { complaintId: matching, amount: 15000, currency: 'RUB', basis: 'playbook' },
    ]);
    expect(await notifier.outbox(EventType.PlaybookApplied, matching)).toEqual([
      expect.objectContaining({
        playbookId: created.body.id,
        playbook: created.body.name,
        compensation: 15000,
        currency: 'RUB',
      }),
    ]);
    const [plain] = await eventually(
      () => notifier.notifications(other),
      (items) => items.length === 1,
      { what: 'the ordinary acknowledgement' },
    );
    expect(await body(plain.id)).toContain('is registered');
    expect(await notifier.outbox(EventType.PlaybookApplied, other)).toEqual([]);

    // Redelivered: the same complaint.received again, then the cause resolved: nothing is paid or applied twice.
    const [{ payload }] = (
      await stack.db.query(`SELECT payload FROM intake.outbox WHERE event_type = $1 AND message_key = $2`, [
        EventType.ComplaintReceived,
        matching,
      ])
    ).rows;
    await probe.send(topicFor(EventType.ComplaintReceived, stack.topicPrefix), [
      { key: matching, value: JSON.stringify(payload) },
    ]);
    await probe.waitUntilConsumed(
      `${stack.topicPrefix}notifier`,
      topicFor(EventType.ComplaintReceived, stack.topicPrefix),
    );
    await notifier.send(notifier.resolved(await notifier.ownRootCause([matching])));
    await eventually(
      () => notifier.notifications(matching),
      (items) => items.some((item) => item.kind === 'resolution'),
      { what: 'the resolution message' },
    );
    expect(await notifier.outbox(EventType.CompensationGranted, matching)).toHaveLength(1);
    expect(await notifier.outbox(EventType.PlaybookApplied, matching)).toHaveLength(1);

    const shown = await notifier.call('GET', `/playbooks/${created.body.id}`);
    expect(shown.body.applied).toEqual({ complaints: 1, compensation: '150.00' });
    const applications = await notifier.call('GET', `/playbooks/${created.body.id}/applications?limit=10`);
    expect(applications.body).toEqual({
      items: [expect.objectContaining({ complaintId: matching, compensation: '150.00' })],
      nextCursor: null,
    });
    await eventually(
      () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, matching),
      ({ body: complaint }) =>
        complaint.timeline.some((entry: { type: string }) => entry.type === EventType.PlaybookApplied),
      { what: 'the playbook on the complaint timeline' },
    );

    const ended = await notifier.call('POST', `/playbooks/${created.body.id}/end`);
    expect(ended.body.active).toBe(false);
    const late = await notifier.post({ text: 'Another blizzard-a delay' });
    await eventually(
      () => notifier.notifications(late),
      (items) => items.length === 1,
      { what: 'the acknowledgement after the end' },
    );
    expect(await notifier.outbox(EventType.PlaybookApplied, late)).toEqual([]);
    const listed = await notifier.call('GET', '/playbooks?limit=1');
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.nextCursor).toEqual(expect.any(String));
  });

  it("turns a low rating into a callback that escalates up customer service's chain until someone makes it", async () => {
    const department = `dept-${randomUUID().slice(0, 6)}`;
    const complaintId = await notifier.post({}, { timezone: 'Asia/Kathmandu' });
    const rootCauseId = await notifier.ownRootCause([complaintId]);
    await notifier.send(notifier.assigned(rootCauseId, department));
    await notifier.send(notifier.resolved(rootCauseId));
    const token = await notifier.feedbackToken(complaintId);

    expect(
      (await notifier.call('POST', `/feedback/${token}`, { rating: 4, reason: 'too-slow' }, null)).body.errors,
    ).toEqual([expect.objectContaining({ field: 'reason' })]);
    const page = await notifier.call('GET', `/feedback/${token}`, undefined, null);
    expect(page.body).toContain('value="too-slow"');
    const answer = await notifier.call(
      'POST',
      `/feedback/${token}`,
      { rating: 1, reason: 'too-slow', comment: 'Took weeks' },
      null,
    );
    expect(answer.status).toBe(201);
    const localHour = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kathmandu', hour: '2-digit', hourCycle: 'h23' }).format(
        new Date(answer.body.receivedAt),
      ),
    );
    const expectedWindow = localHour >= 8 && localHour < 20 ? DAY_MS : EVENING_MS;
    expect(Date.parse(answer.body.followUpDueAt) - Date.parse(answer.body.receivedAt)).toBe(expectedWindow);
    expect(await notifier.outbox(EventType.FollowUpRequested, complaintId)).toEqual([
      expect.objectContaining({
        rating: 1,
        reason: 'too-slow',
        comment: 'Took weeks',
        dueAt: answer.body.followUpDueAt,
      }),
    ]);

    const levelOne = ownerAt(stack, 'customer-care', 1);
    const [followUp] = await eventually(
      async () =>
        (
          await escalation(stack.services.escalation.url, 'GET', '/follow-ups?status=open', levelOne.token)
        ).body.items.filter((item: any) => item.complaintId === complaintId),
      (items) => items.length === 1,
      { what: 'the callback for customer care' },
    );
    expect(followUp).toMatchObject({
      level: 1,
      owner: { name: levelOne.name },
      rating: 1,
      reason: 'too-slow',
      status: 'open',
      dueAt: answer.body.followUpDueAt,
    });
    const outsider = ownerAt(stack, 'logistics', 1);
    expect(
      (await escalation(stack.services.escalation.url, 'GET', `/follow-ups/${followUp.id}`, outsider.token)).status,
    ).toBe(404);

    // Missed twice: level 2, then level 3 (each with a fresh window); missed at the top: breached, and it stays.
    const breached = await eventually(
      async () =>
        (await escalation(stack.services.escalation.url, 'GET', `/follow-ups/${followUp.id}`, levelOne.token)).body,
      (view) => view.breachedAt !== null,
      { what: 'the callback to climb the chain and breach', timeoutMs: 60_000 },
    );
    expect(breached).toMatchObject({
      level: 3,
      owner: { name: ownerAt(stack, 'customer-care', 3).name },
      status: 'open',
      overdue: true,
    });
    const escalations = (
      await stack.db.query(
        `SELECT payload FROM escalation.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY seq`,
        [EventType.FollowUpEscalated, complaintId],
      )
    ).rows.map((row) => row.payload.data);
    expect(escalations.map((data) => [data.fromLevel, data.toLevel])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(Date.parse(escalations[1].dueAt) - Date.parse(escalations[0].dueAt)).toBeGreaterThanOrEqual(expectedWindow);

    const complete = (by: string, request: unknown) =>
      escalation(stack.services.escalation.url, 'POST', `/follow-ups/${followUp.id}/complete`, by, request);
    expect((await complete(levelOne.token, { outcome: 'reached', note: '  ' })).body.errors).toEqual([
      expect.objectContaining({ field: 'note' }),
    ]);
    expect((await complete(outsider.token, { outcome: 'reached', note: 'Called' })).status).toBe(404);
    const done = await complete(levelOne.token, {
      outcome: 'reached',
      note: 'Apologised; a courier manager calls tomorrow',
    });
    expect(done).toMatchObject({ status: 200, body: { status: 'done', outcome: 'reached' } });
    expect((await complete(levelOne.token, { outcome: 'reached', note: 'Again' })).status).toBe(409);
    await eventually(
      () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId),
      ({ body: complaint }) =>
        [EventType.FollowUpRequested, EventType.FollowUpEscalated, EventType.FollowUpCompleted].every((type) =>
          complaint.timeline.some((entry: { type: string }) => entry.type === type),
        ),
      { what: 'the callback on the complaint timeline' },
    );

    // Per department and per root cause: this complaint's rating and compensation.
    const stats = await notifier.call('GET', '/stats?rootCauses=200');
    expect(stats.body.byDepartment).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          department: department,
          satisfaction: { answers: 1, averageRating: 1, satisfiedShare: 0 },
        }),
      ]),
    );
    expect(stats.body.byRootCause).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rootCauseId,
          department,
          compensations: expect.objectContaining({ granted: 1, grantedAmount: '150.00' }),
        }),
      ]),
    );
    expect((await notifier.call('GET', '/stats?rootCauses=0')).status).toBe(400);
  });

  it('never sends a second survey for the same complaint', async () => {
    const complaintId = await notifier.post({ text: 'Wrong size delivered' });
    await notifier.send(notifier.resolved(await notifier.ownRootCause([complaintId])));
    await notifier.feedbackToken(complaintId);
    // The complaint moves to another cause, which is resolved too: told again, but not asked again.
    await notifier.send(notifier.resolved(await notifier.ownRootCause([complaintId])));
    const resolutions = await eventually(
      async () => (await notifier.notifications(complaintId)).filter((item) => item.kind === 'resolution'),
      (items) => items.length === 2,
      { what: 'both resolution messages' },
    );
    const bodies = await Promise.all(resolutions.map((item) => body(item.id)));
    expect(bodies.filter((text) => text.includes('/feedback/fb_'))).toHaveLength(1);
  });
});
