import { EventType } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { assignmentOf, dueNow, escalation, escalationEvents, identify, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const ADMIN_TOKEN = `admin-${randomUUID()}`;
const DELIVERABLES = {
  actionsTaken: 'Added two evening courier shifts',
  causeReport: 'Evening orders doubled while the courier roster stayed the same',
  eliminationProposal: 'Plan the roster from the order forecast every week',
};

/**
 * The escalation API and its rules. Deadlines are long here (1h / 2h) so owners' actions never race the clock by
 * accident; a test makes a deadline fall due by moving it (and its timer) to now. escalation-timers.e2e-spec.ts runs
 * real short SLAs, several instances and a SIGKILL.
 */
describeE2E('escalation', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let url: string;

  beforeAll(async () => {
    stack = await startTestStack('escalation', {
      COMMITTEE_REVIEW_TIMEOUT: '1s',
      ESCALATION_ACK_SLA: '1h',
      ESCALATION_RESOLVE_SLA: '2h',
      ESCALATION_NEAR_BREACH: '90m',
      ESCALATION_ADMIN_TOKEN: ADMIN_TOKEN,
    });
    probe = new KafkaProbe(stack.brokers);
    url = stack.services.escalation.url;
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  const api = (method: string, path: string, token?: string, body?: unknown) =>
    escalation(url, method, path, token, body);

  async function assigned(department: string): Promise<{ rootCauseId: string; assignmentId: string }> {
    const { data } = await identify(probe, stack, department);
    return { rootCauseId: data.rootCauseId, assignmentId: await assignmentOf(stack, data.rootCauseId) };
  }

  async function levelOf(assignmentId: string, level: number, department: string) {
    const { body } = await eventually(
      () => api('GET', `/assignments/${assignmentId}`, ownerAt(stack, department, 3).token),
      ({ body }) => body?.level === level || body?.breached,
      {
        what: `assignment ${assignmentId} at level ${level}`,
      },
    );
    return body;
  }

  it('assigns an identified root cause to the level-1 owner with both deadlines, then acknowledges and resolves it with a count of its complaints', async () => {
    const { apiKey } = stack.secrets;
    const intake = stack.services.intake.url;
    const first = await postComplaint(
      intake,
      apiKey,
      complaintBody({ touchpoint: 'delivery', text: 'The courier was three hours late' }),
    );
    const complaintId = first.body?.id as string;
    const { body: complaint } = await eventually(
      () => getComplaint(intake, apiKey, complaintId),
      ({ body }) => body.status === 'assigned',
      {
        what: 'the complaint to be assigned',
      },
    );
    const rootCauseId = complaint.rootCauseId as string;
    const owner = ownerAt(stack, 'logistics', 1);

    const [created] = await escalationEvents(stack, rootCauseId, EventType.AssignmentCreated);
    expect(created.data).toMatchObject({
      department: 'logistics',
      level: 1,
      owner: { id: owner.id, name: owner.name },
      complaintCount: 1,
    });
    const { rows } = await stack.db.query('SELECT created_at FROM escalation.assignments WHERE id = $1', [
      created.data.assignmentId,
    ]);
    expect(Date.parse(created.data.acknowledgeDueAt) - rows[0].created_at.getTime()).toBe(3_600_000);
    expect(Date.parse(created.data.resolveDueAt) - rows[0].created_at.getTime()).toBe(7_200_000);

    const list = await api('GET', '/assignments?status=open', owner.token);
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ id: created.data.assignmentId, rootCauseId, status: 'open', level: 1 }),
    );

    // A complaint linked after the assignment counts in the resolution.
    const second = await postComplaint(
      intake,
      apiKey,
      complaintBody({ touchpoint: 'delivery', text: 'The courier never came, late again' }),
    );
    await eventually(
      () => getComplaint(intake, apiKey, second.body?.id),
      ({ body }) => body.rootCauseId === rootCauseId,
      { what: 'the second complaint on the root cause' },
    );
    await eventually(
      () =>
        stack.db.query('SELECT complaint_count FROM escalation.root_cause_complaints WHERE root_cause_id = $1', [
          rootCauseId,
        ]),
      ({ rows }) => rows[0]?.complaint_count === 2,
      { what: 'escalation to count two linked complaints' },
    );

    const assignmentId = created.data.assignmentId as string;
    const early = await api('POST', `/assignments/${assignmentId}/resolve`, owner.token, DELIVERABLES);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ASSIGNMENT.NOT_ACKNOWLEDGED');

    const acknowledged = await api('POST', `/assignments/${assignmentId}/acknowledge`, owner.token);
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      acknowledgedAt: expect.any(String),
      nextDueAt: created.data.resolveDueAt,
    });
    expect((await api('POST', `/assignments/${assignmentId}/acknowledge`, owner.token)).status).toBe(200);
    expect(await escalationEvents(stack, rootCauseId, EventType.AssignmentAcknowledged)).toHaveLength(1);

    for (const field of Object.keys(DELIVERABLES)) {
      for (const value of [undefined, '', '   ']) {
        const refused = await api('POST', `/assignments/${assignmentId}/resolve`, owner.token, {
          ...DELIVERABLES,
          [field]: value,
        });
        expect({ field, value, status: refused.status }).toEqual({ field, value, status: 400 });
        expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
      }
    }
    const empty = await api('POST', `/assignments/${assignmentId}/resolve`, owner.token, {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'actionsTaken',
      'causeReport',
      'eliminationProposal',
    ]);

    const resolved = await api('POST', `/assignments/${assignmentId}/resolve`, owner.token, DELIVERABLES);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      nextDueAt: null,
      resolution: { ...DELIVERABLES, resolvedBy: { id: owner.id } },
    });
    expect(resolved.body.history.map((entry: { event: string }) => entry.event)).toEqual([
      'created',
      'acknowledged',
      'resolved',
    ]);
    const [event] = await escalationEvents(stack, rootCauseId, EventType.RootCauseResolved);
    expect(event.data).toEqual({
      rootCauseId,
      assignmentId,
      ...DELIVERABLES,
      owner: { id: owner.id, name: owner.name },
      complaintCount: 2,
      resolvedAt: expect.any(String),
    });
    expect(JSON.stringify(event)).not.toContain(complaintId);
    expect((await api('POST', `/assignments/${assignmentId}/resolve`, owner.token, DELIVERABLES)).status).toBe(409);
    const { rows: timers } = await stack.db.query(
      `SELECT status FROM escalation.timers WHERE subject_id = $1 AND status = 'pending'`,
      [assignmentId],
    );
    expect(timers).toEqual([]);
    await eventually(
      () => getComplaint(intake, apiKey, complaintId),
      ({ body }) => body.status === 'resolved',
      { what: 'intake to show the complaint resolved' },
    );
  });

  it('makes one assignment per root cause, whatever is redelivered', async () => {
    const first = await identify(probe, stack, 'it');
    const rootCauseId = first.data.rootCauseId;
    await assignmentOf(stack, rootCauseId);
    await identify(probe, stack, 'it', rootCauseId);
    await probe.send(`${stack.topicPrefix}${EventType.RootCauseIdentified}`, [
      { key: rootCauseId, value: JSON.stringify(first) },
    ]);
    await probe.waitUntilConsumed(
      `${stack.topicPrefix}escalation`,
      `${stack.topicPrefix}${EventType.RootCauseIdentified}`,
    );
    const { rows } = await stack.db.query(
      'SELECT count(*)::int AS n FROM escalation.assignments WHERE root_cause_id = $1',
      [rootCauseId],
    );
    expect(rows[0].n).toBe(1);
    expect(await escalationEvents(stack, rootCauseId, EventType.AssignmentCreated)).toHaveLength(1);
  });

  it('answers 401 without a token or with an unknown one, and 400 for a bad id, status, limit or cursor', async () => {
    const owner = ownerAt(stack, 'it', 1);
    expect((await api('GET', '/assignments')).status).toBe(401);
    expect((await api('GET', '/assignments', 'ro_nobody')).status).toBe(401);
    expect((await api('POST', `/assignments/${randomUUID()}/acknowledge`)).status).toBe(401);
    expect((await api('GET', '/departments')).status).toBe(401);
    const badId = await api('GET', '/assignments/not-a-uuid', owner.token);
    expect(badId).toMatchObject({ status: 400, body: { errors: [{ field: 'id' }] } });
    for (const query of [
      'status=done',
      'limit=0',
      'limit=201',
      'limit=x',
      'cursor=garbage',
      'cursor=WyJ4IiwieSJd',
      'other=1',
    ]) {
      const response = await api('GET', `/assignments?${query}`, owner.token);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.body.errors.length).toBeGreaterThan(0);
    }
    expect((await api('GET', '/assignments/overdue?cursor=WyJ4IiwieSJd', owner.token)).status).toBe(400);
    expect((await api('PUT', '/departments/Bad_Id!', ADMIN_TOKEN, { name: 'x', chain: [{ name: 'y' }] })).status).toBe(
      400,
    );
    expect((await api('POST', `/assignments/${randomUUID()}/acknowledge`, ADMIN_TOKEN)).status).toBe(403);
  });

  it("scopes owners to their department: another department's assignment is a 404", async () => {
    const { assignmentId } = await assigned('customer-care');
    const outsider = ownerAt(stack, 'it', 3);
    expect((await api('GET', `/assignments/${assignmentId}`, outsider.token)).status).toBe(404);
    expect((await api('POST', `/assignments/${assignmentId}/acknowledge`, outsider.token)).status).toBe(404);
    expect((await api('POST', `/assignments/${assignmentId}/resolve`, outsider.token, DELIVERABLES)).status).toBe(404);
    const listed = await api('GET', '/assignments?limit=200', outsider.token);
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(assignmentId);
    expect(listed.body.items.every((item: { department: string }) => item.department === 'it')).toBe(true);
    const insider = await api('GET', `/assignments/${assignmentId}`, ownerAt(stack, 'customer-care', 2).token);
    expect(insider).toMatchObject({ status: 200, body: { id: assignmentId, department: 'customer-care', level: 1 } });
    expect((await api('GET', `/assignments/${randomUUID()}`, outsider.token)).status).toBe(404);
  });

  it('pages assignments newest first with an opaque cursor', async () => {
    for (let index = 0; index < 3; index++) await assigned('quality');
    const owner = ownerAt(stack, 'quality', 1);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/assignments?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api('GET', query, owner.token);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const { rows } = await stack.db.query(
      `SELECT id FROM escalation.assignments WHERE department_id = 'quality' ORDER BY created_at DESC, id DESC`,
    );
    expect(seen).toEqual(rows.map((row) => row.id));
  });

  it('escalates a missed acknowledgement up three levels with fresh deadlines, then breaches at the top and keeps it there', async () => {
    const { rootCauseId, assignmentId } = await assigned('quality');
    for (const [from, to] of [
      [1, 2],
      [2, 3],
    ]) {
      await dueNow(stack, assignmentId, 'acknowledge');
      const body = await levelOf(assignmentId, to, 'quality');
      expect(body).toMatchObject({
        level: to,
        status: 'open',
        owner: { id: ownerAt(stack, 'quality', to).id },
        breached: false,
      });
      const escalatedAt = Date.parse(body.history[body.history.length - 1].at);
      expect(Date.parse(body.acknowledgeDueAt) - escalatedAt).toBe(3_600_000);
      expect(Date.parse(body.resolveDueAt) - escalatedAt).toBe(7_200_000);
      const events = await escalationEvents(stack, rootCauseId, EventType.AssignmentEscalated);
      expect(events[events.length - 1].data).toMatchObject({
        fromLevel: from,
        toLevel: to,
        reason: 'acknowledge-overdue',
        newOwner: { id: ownerAt(stack, 'quality', to).id },
      });
    }
    // Level 1 was passed over: it may no longer act; level 3 sees it.
    expect(
      (await api('POST', `/assignments/${assignmentId}/acknowledge`, ownerAt(stack, 'quality', 1).token)).status,
    ).toBe(403);

    await dueNow(stack, assignmentId, 'acknowledge');
    const breached = await eventually(
      () => api('GET', `/assignments/${assignmentId}`, ownerAt(stack, 'quality', 3).token),
      ({ body }) => body.breached,
      {
        what: 'the breach at the top',
      },
    );
    expect(breached.body).toMatchObject({
      level: 3,
      owner: { id: ownerAt(stack, 'quality', 3).id },
      breachReason: 'acknowledge-overdue',
      nextDueAt: breached.body.resolveDueAt,
    });
    expect(
      breached.body.history.map((entry: { event: string; level: number }) => `${entry.event}@${entry.level}`),
    ).toEqual(['created@1', 'escalated@2', 'escalated@3', 'breached@3']);
    expect(await escalationEvents(stack, rootCauseId, EventType.AssignmentEscalated)).toHaveLength(2);
    const overdue = await api('GET', '/assignments/overdue?limit=200', ownerAt(stack, 'quality', 1).token);
    expect(overdue.body.items).toContainEqual(
      expect.objectContaining({ id: assignmentId, attention: 'breached', breached: true }),
    );
    const everywhere = await api('GET', '/assignments/overdue?limit=200', ADMIN_TOKEN);
    expect(everywhere.body.items.find((item: { id: string }) => item.id === assignmentId)).toMatchObject({
      attention: 'breached',
    });
    expect(
      (await api('GET', '/assignments/overdue', ownerAt(stack, 'it', 1).token)).body.items.map(
        (item: { id: string }) => item.id,
      ),
    ).not.toContain(assignmentId);

    // The top owner can still take it on and resolve it; then it leaves the overdue list.
    const top = ownerAt(stack, 'quality', 3);
    expect((await api('POST', `/assignments/${assignmentId}/acknowledge`, top.token)).status).toBe(200);
    expect((await api('POST', `/assignments/${assignmentId}/resolve`, top.token, DELIVERABLES)).status).toBe(200);
    const after = await api('GET', '/assignments/overdue?limit=200', top.token);
    expect(after.body.items.map((item: { id: string }) => item.id)).not.toContain(assignmentId);
  });

  it('escalates a missed resolution of an acknowledged assignment, and the new owner acknowledges again', async () => {
    const { rootCauseId, assignmentId } = await assigned('customer-care');
    expect(
      (await api('POST', `/assignments/${assignmentId}/acknowledge`, ownerAt(stack, 'customer-care', 1).token)).status,
    ).toBe(200);
    for (const to of [2, 3]) {
      if (to === 3)
        expect(
          (await api('POST', `/assignments/${assignmentId}/acknowledge`, ownerAt(stack, 'customer-care', 2).token))
            .status,
        ).toBe(200);
      await dueNow(stack, assignmentId, 'resolve');
      const body = await levelOf(assignmentId, to, 'customer-care');
      expect(body).toMatchObject({ level: to, status: 'open' });
    }
    const events = await escalationEvents(stack, rootCauseId, EventType.AssignmentEscalated);
    expect(events.map((event) => [event.data.fromLevel, event.data.toLevel, event.data.reason])).toEqual([
      [1, 2, 'resolve-overdue'],
      [2, 3, 'resolve-overdue'],
    ]);
    expect(
      (await api('POST', `/assignments/${assignmentId}/acknowledge`, ownerAt(stack, 'customer-care', 3).token)).status,
    ).toBe(200);
    await dueNow(stack, assignmentId, 'resolve');
    const breached = await levelOf(assignmentId, 3, 'customer-care');
    await eventually(
      () => api('GET', `/assignments/${assignmentId}`, ownerAt(stack, 'customer-care', 3).token),
      ({ body }) => body.breached,
      { what: 'the breach' },
    );
    expect(breached.level).toBe(3);
    const { body } = await api('GET', `/assignments/${assignmentId}`, ownerAt(stack, 'customer-care', 3).token);
    expect(body).toMatchObject({ breachReason: 'resolve-overdue', nextDueAt: null, status: 'acknowledged' });
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM escalation.timers WHERE subject_id = $1 AND status = 'pending'`,
      [assignmentId],
    );
    expect(rows[0].n).toBe(0);
  });

  it('lists assignments whose next deadline is near as near-breach', async () => {
    // ESCALATION_NEAR_BREACH is 90m, the acknowledgement SLA 1h: a new assignment is near-breach at once.
    const { assignmentId } = await assigned('it');
    const overdue = await api('GET', '/assignments/overdue?limit=200', ownerAt(stack, 'it', 1).token);
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.find((item: { id: string }) => item.id === assignmentId)).toMatchObject({
      attention: 'near-breach',
      breached: false,
    });
  });

  it('has one winner when an acknowledgement races the deadline', async () => {
    const owner = ownerAt(stack, 'logistics', 1);
    const outcomes: string[] = [];
    for (let round = 0; round < 8; round++) {
      const { rootCauseId, assignmentId } = await assigned('logistics');
      await dueNow(stack, assignmentId, 'acknowledge');
      const acknowledged = await api('POST', `/assignments/${assignmentId}/acknowledge`, owner.token);
      // The timer may still be firing; wait until it has either fired or been moved to the resolve deadline.
      await eventually(
        () =>
          stack.db.query(
            `SELECT status, due_at FROM escalation.timers WHERE subject_id = $1 AND kind = 'assignment-deadline' ORDER BY created_at DESC LIMIT 1`,
            [assignmentId],
          ),
        ({ rows }) => rows[0]?.status === 'pending' && rows[0].due_at.getTime() > Date.now(),
        { what: 'the race to settle' },
      );
      const escalated = await escalationEvents(stack, rootCauseId, EventType.AssignmentEscalated);
      const acks = await escalationEvents(stack, rootCauseId, EventType.AssignmentAcknowledged);
      const { body } = await api('GET', `/assignments/${assignmentId}`, ownerAt(stack, 'logistics', 3).token);
      if (acknowledged.status === 200) {
        expect({
          round,
          escalated: escalated.length,
          acks: acks.length,
          level: body.level,
          status: body.status,
        }).toEqual({
          round,
          escalated: 0,
          acks: 1,
          level: 1,
          status: 'acknowledged',
        });
        outcomes.push('acknowledged');
      } else {
        expect({
          round,
          status: acknowledged.status,
          escalated: escalated.length,
          acks: acks.length,
          level: body.level,
        }).toEqual({
          round,
          status: 403,
          escalated: 1,
          acks: 0,
          level: 2,
        });
        outcomes.push('escalated');
      }
    }
    expect(outcomes).toHaveLength(8);
  });

  it('lets the top of a chain or the admin edit it; a kept owner keeps the token, and an open assignment follows the new chain from its next step', async () => {
    const [level1, level2, level3] = [1, 2, 3].map((level) => ownerAt(stack, 'it', level));
    const { assignmentId, rootCauseId } = await assigned('it');
    const directory = await api('GET', '/departments?limit=2', level1.token);
    expect(directory.status).toBe(200);
    expect(directory.body.items).toHaveLength(2);
    expect(directory.body.nextCursor).toEqual(expect.any(String));
    const it = (await api('GET', '/departments?limit=200', level1.token)).body.items.find(
      (department: { id: string }) => department.id === 'it',
    );
    expect(it.chain.map((level: { id: string }) => level.id)).toEqual([level1.id, level2.id, level3.id]);
    expect(JSON.stringify(it)).not.toContain('token');

    const chain = [
      { id: level1.id, name: level1.name },
      { name: 'Svetlana Kozlova', email: 'svetlana@example.com' },
      { id: level3.id, name: level3.name },
    ];
    expect((await api('PUT', '/departments/it', level2.token, { name: 'IT', chain })).status).toBe(403);
    expect((await api('PUT', '/departments/it', level3.token, { name: 'IT', chain: [] })).status).toBe(400);
    expect(
      (await api('PUT', '/departments/it', level3.token, { name: 'IT', chain: [{ id: randomUUID(), name: 'Ghost' }] }))
        .body.errors,
    ).toEqual([{ field: 'chain.0.id', reason: expect.any(String) }]);
    const edited = await api('PUT', '/departments/it', level3.token, { name: 'IT department', chain });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: 'it',
      name: 'IT department',
      newOwners: [{ name: 'Svetlana Kozlova', level: 2, token: expect.any(String) }],
    });
    const newcomer = edited.body.newOwners[0];
    expect(edited.body.chain.map((level: { id: string }) => level.id)).toEqual([level1.id, newcomer.id, level3.id]);
    // The head who left no longer signs in; the kept owners do; the newcomer signs in with the token shown once.
    expect((await api('GET', '/assignments', level2.token)).status).toBe(401);
    expect((await api('GET', '/assignments', level1.token)).status).toBe(200);
    expect((await api('GET', `/assignments/${assignmentId}`, newcomer.token)).status).toBe(200);

    // The open assignment is still with level 1; its next step goes to the new head.
    await dueNow(stack, assignmentId, 'acknowledge');
    const moved = await levelOf(assignmentId, 2, 'it');
    expect(moved.owner).toEqual({ id: newcomer.id, name: 'Svetlana Kozlova' });
    const [event] = await escalationEvents(stack, rootCauseId, EventType.AssignmentEscalated);
    expect(event.data.newOwner).toEqual({ id: newcomer.id, name: 'Svetlana Kozlova' });

    // Only the admin may create a department.
    const created = await api('PUT', '/departments/legal', ADMIN_TOKEN, {
      name: 'Legal',
      chain: [{ name: 'Ivan Legal' }],
    });
    expect(created).toMatchObject({ status: 200, body: { id: 'legal', chain: [{ level: 1, name: 'Ivan Legal' }] } });
    expect(
      (await api('PUT', '/departments/finance', level3.token, { name: 'Finance', chain: [{ name: 'X' }] })).status,
    ).toBe(403);
  });
});
