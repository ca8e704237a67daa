import { randomUUID } from 'node:crypto';
import { assignmentOf, escalation, escalationEvents, identify } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const ADMIN_TOKEN = `admin-${randomUUID()}`;
const MINUTE = 60_000;
const WARNING_TIMER = 'assignment-deadline-warning';

/**
 * Pausing an assignment on the real stack (escalation as a process, its durable timers in Postgres). The clock is
 * controlled through the database: a pause is made to have lasted 20 minutes by moving its start back, and a timer
 * is made due by moving its due time to now, so the test waits for no deadline of its own.
 */
describeE2E('pausing an assignment', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  const api = (method: string, path: string, token?: string, body?: unknown) =>
    escalation(stack.services.escalation.url, method, path, token, body);

  beforeAll(async () => {
    stack = await startTestStack('pause', {
      ESCALATION_ACK_SLA: '1h',
      ESCALATION_RESOLVE_SLA: '4h',
      SLA_WARNINGS: '50,75',
      ESCALATION_MAX_PAUSE: '30m',
      ESCALATION_ADMIN_TOKEN: ADMIN_TOKEN,
    });
    probe = new KafkaProbe(stack.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  /** A fresh department with a two-level chain and one assignment at level 1; returns its id and the owner's token. */
  async function waitingCandidate(): Promise<{ id: string; rootCauseId: string; token: string }> {
    const department = `pause-${randomUUID().slice(0, 8)}`;
    const saved = await api('PUT', `/departments/${department}`, ADMIN_TOKEN, {
      name: department,
      chain: [{ name: 'First' }, { name: 'Head' }],
    });
    expect(saved.status).toBe(200);
    const { data } = await identify(probe, stack, department);
    return {
      id: await assignmentOf(stack, data.rootCauseId),
      rootCauseId: data.rootCauseId,
      token: saved.body.newOwners[0].token,
    };
  }

  const pendingTimer = async (kind: string, id: string) =>
    (
      await stack.db.query(
        `SELECT due_at, payload FROM escalation.timers WHERE kind = $1 AND subject_id = $2 AND status = 'pending'`,
        [kind, id],
      )
    ).rows as { due_at: Date; payload: Record<string, unknown> }[];

  const warningsAnnounced = async (rootCauseId: string) =>
    (
      await stack.db.query(
        `SELECT payload->'data' AS data FROM escalation.outbox WHERE event_type = 'assignment.deadline-approaching' AND message_key = $1`,
        [rootCauseId],
      )
    ).rows.map((row) => row.data);

  it('moves the deadlines and the warnings on by the pause, and warns once at the moved time', async () => {
    const { id, rootCauseId, token } = await waitingCandidate();
    const before = (await api('GET', `/assignments/${id}`, token)).body;
    // The first warning: 50% of the hour to acknowledge.
    const [firstWarning] = await eventually(
      () => pendingTimer(WARNING_TIMER, id),
      (rows) => rows.length === 1,
      { what: 'the first warning timer' },
    );
    expect(firstWarning.payload).toMatchObject({ level: 1, deadline: 'acknowledge', percent: 50 });
    expect(firstWarning.due_at.getTime()).toBe(Date.parse(before.createdAt) + 30 * MINUTE);

    const waiting = await api('POST', `/assignments/${id}/wait`, token, {
      waitingOn: 'Courier partner FastShip',
      reason: 'Their route data for November',
    });
    expect(waiting.status).toBe(200);
    expect(waiting.body.waiting).toEqual({
      on: 'Courier partner FastShip',
      reason: 'Their route data for November',
      since: expect.any(String),
    });
    expect(waiting.body.history.at(-1)).toMatchObject({
      event: 'waiting',
      reason: 'Courier partner FastShip: Their route data for November',
    });
    // The clock is stopped: no deadline or warning pending, only the end of the longest pause.
    expect(await pendingTimer('assignment-deadline', id)).toEqual([]);
    expect(await pendingTimer(WARNING_TIMER, id)).toEqual([]);
    expect(await pendingTimer('assignment-auto-resume', id)).toHaveLength(1);

    // The pause has lasted 20 minutes.
    await stack.db.query(
      `UPDATE escalation.assignments SET waiting_since = waiting_since - interval '20 minutes' WHERE id = $1`,
      [id],
    );
    const {
      rows: [{ waiting_since: waitingSince }],
    } = await stack.db.query(`SELECT waiting_since FROM escalation.assignments WHERE id = $1`, [id]);
    const resumed = await api('POST', `/assignments/${id}/resume`, token);
    expect(resumed.status).toBe(200);
    expect(resumed.body.waiting).toBeNull();
    const resumedEntry = resumed.body.history.at(-1);
    expect(resumedEntry).toMatchObject({ event: 'resumed', acknowledgeDueAt: resumed.body.acknowledgeDueAt });
    const paused = Date.parse(resumedEntry.at) - (waitingSince as Date).getTime();
    expect(paused).toBeGreaterThanOrEqual(20 * MINUTE);
    expect(Date.parse(resumed.body.acknowledgeDueAt) - Date.parse(before.acknowledgeDueAt)).toBe(paused);
    expect(Date.parse(resumed.body.resolveDueAt) - Date.parse(before.resolveDueAt)).toBe(paused);

    // Both timers are back: the deadline at the moved deadline, the 50% warning moved on by the pause as well.
    const [deadline] = await pendingTimer('assignment-deadline', id);
    expect(deadline.due_at.toISOString()).toBe(resumed.body.acknowledgeDueAt);
    const [warning] = await pendingTimer(WARNING_TIMER, id);
    expect(warning.payload).toMatchObject({
      level: 1,
      deadline: 'acknowledge',
      percent: 50,
      dueAt: resumed.body.acknowledgeDueAt,
    });
    expect(warning.due_at.getTime() - firstWarning.due_at.getTime()).toBe(paused);
    expect(await pendingTimer('assignment-auto-resume', id)).toEqual([]);

    // Its time comes: the owner is warned once, of the moved deadline, and the 75% warning follows, moved on too.
    await stack.db.query(
      `UPDATE escalation.timers SET due_at = now() WHERE kind = $1 AND subject_id = $2 AND status = 'pending'`,
      [WARNING_TIMER, id],
    );
    const announced = await eventually(
      () => warningsAnnounced(rootCauseId),
      (events) => events.length >= 1,
      { what: 'the 50% warning' },
    );
    expect(announced).toEqual([
      expect.objectContaining({
        assignmentId: id,
        deadline: 'acknowledge',
        percent: 50,
        dueAt: resumed.body.acknowledgeDueAt,
      }),
    ]);
    const [next] = await eventually(
      () => pendingTimer(WARNING_TIMER, id),
      (rows) => rows.length === 1,
      { what: 'the 75% warning timer' },
    );
    expect(next.payload).toMatchObject({ deadline: 'acknowledge', percent: 75 });
    expect(next.due_at.getTime()).toBe(Date.parse(before.createdAt) + paused + 45 * MINUTE);
    expect(await warningsAnnounced(rootCauseId)).toHaveLength(1);
  });

  it('ends a pause by itself once the longest pause is used up, and warns again', async () => {
    const { id, rootCauseId, token } = await waitingCandidate();
    expect(
      (await api('POST', `/assignments/${id}/wait`, token, { waitingOn: 'Warehouse', reason: 'Stock count' })).status,
    ).toBe(200);
    const [autoResume] = await pendingTimer('assignment-auto-resume', id);
    const {
      rows: [{ waiting_since: waitingSince }],
    } = await stack.db.query(`SELECT waiting_since FROM escalation.assignments WHERE id = $1`, [id]);
    // ESCALATION_MAX_PAUSE (30m) after the pause began, none having been taken before.
    expect(autoResume.due_at.getTime() - (waitingSince as Date).getTime()).toBe(30 * MINUTE);

    await stack.db.query(
      `UPDATE escalation.timers SET due_at = now() WHERE kind = 'assignment-auto-resume' AND subject_id = $1 AND status = 'pending'`,
      [id],
    );
    const view = await eventually(
      async () => (await api('GET', `/assignments/${id}`, token)).body,
      (body) => body.history.at(-1)?.event === 'resumed',
      { what: 'the pause to end by itself' },
    );
    expect(view.history.at(-1).reason).toContain('ESCALATION_MAX_PAUSE');
    // Announced with the pause's end, as ended by itself and by the owner who has it.
    const resumedEvents = await escalationEvents(stack, rootCauseId, 'assignment.resumed');
    expect(resumedEvents.map((event) => event.data)).toEqual([
      expect.objectContaining({
        assignmentId: id,
        automatic: true,
        resumedBy: view.owner,
        pausedAt: (waitingSince as Date).toISOString(),
        acknowledgeDueAt: view.acknowledgeDueAt,
        resolveDueAt: view.resolveDueAt,
      }),
    ]);
    expect(await pendingTimer('assignment-deadline', id)).toHaveLength(1);
    expect(await pendingTimer(WARNING_TIMER, id)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ deadline: 'acknowledge', percent: 50 }) }),
    ]);
    const resume = await api('POST', `/assignments/${id}/resume`, token);
    expect([resume.status, resume.body.code]).toEqual([409, 'ASSIGNMENT.NOT_WAITING']);
  });

  it('refuses a pause without a party or reason, naming each field, and a second pause', async () => {
    const { id, rootCauseId, token } = await waitingCandidate();
    const bad = await api('POST', `/assignments/${id}/wait`, token, { waitingOn: '', reason: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['reason', 'waitingOn']);
    expect((await api('POST', `/assignments/${id}/wait`, token, { waitingOn: 'Bank', reason: 'Audit' })).status).toBe(
      200,
    );
    const again = await api('POST', `/assignments/${id}/wait`, token, { waitingOn: 'Bank', reason: 'Audit' });
    expect([again.status, again.body.code]).toEqual([409, 'ASSIGNMENT.WAITING']);
    // Only the pause that was made is announced: a refused one publishes nothing.
    expect(await escalationEvents(stack, rootCauseId, 'assignment.paused')).toHaveLength(1);
    expect((await api('POST', `/assignments/${randomUUID()}/resume`, token)).status).toBe(404);
  });
});
