import { buildEvent, EventType, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { committee, identifiedEvents, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * The committee at work with the default 72-hour review, so only votes and the chair decide: grouping, quorum, split
 * votes, the chair's override, concurrent decisive votes, moves and merges, the roster, the agenda and the trends.
 */
describeE2E('triage committee', () => {
  let stack: TestStack;
  let intake: string;
  let apiKey: string;

  beforeAll(async () => {
    stack = await startTestStack('committee');
    intake = stack.services.intake.url;
    apiKey = stack.secrets.apiKey;
  });

  afterAll(() => stack?.stop());

  async function file(
    touchpoint: string,
    text: string,
    dissatisfaction = 'upset',
  ): Promise<{ complaintId: string; rootCauseId: string }> {
    const accepted = await postComplaint(intake, apiKey, complaintBody({ touchpoint, text, dissatisfaction }));
    expect(accepted.status).toBe(202);
    const complaintId = accepted.body?.id as string;
    return { complaintId, rootCauseId: await rootCauseOf(stack, complaintId) };
  }

  /** Posts concurrently, then reads the links one by one (one database client serves the test). */
  async function fileAll(
    complaints: [string, string, string][],
  ): Promise<{ complaintId: string; rootCauseId: string }[]> {
    const accepted = await Promise.all(
      complaints.map(([touchpoint, text, dissatisfaction]) =>
        postComplaint(intake, apiKey, complaintBody({ touchpoint, text, dissatisfaction })),
      ),
    );
    expect(accepted.map((response) => response.status)).toEqual(accepted.map(() => 202));
    const filed = [];
    for (const response of accepted) {
      const complaintId = response.body?.id as string;
      filed.push({ complaintId, rootCauseId: await rootCauseOf(stack, complaintId) });
    }
    return filed;
  }

  const vote = (token: string, rootCauseId: string, department: string, cause = `${department} should own it`) =>
    triage(stack, 'POST', `/rootcauses/${rootCauseId}/votes`, token, { cause, department });

  const rootCause = async (rootCauseId: string, query = '') =>
    (await triage(stack, 'GET', `/rootcauses/${rootCauseId}${query}`, committee(stack).chair.token)).body;

  async function linkedEvents(complaintId: string): Promise<any[]> {
    const { rows } = await stack.db.query(
      `SELECT payload FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked' AND message_key = $1 ORDER BY seq`,
      [complaintId],
    );
    return rows.map((row) => row.payload.data);
  }

  it('files many complaints, in English and Russian, under one root cause and pages through them', async () => {
    const texts = [
      'Курьер опоздал на три часа',
      'The courier was late again',
      'Waited all day for the delivery',
      'Доставку задержали',
    ];
    const levels = ['outraged', 'upset', 'mild'];
    const filed = await fileAll(
      Array.from({ length: 12 }, (_, index): [string, string, string] => [
        'delivery',
        texts[index % texts.length],
        levels[index % levels.length],
      ]),
    );
    const rootCauseId = filed[0].rootCauseId;
    expect(new Set(filed.map((complaint) => complaint.rootCauseId))).toEqual(new Set([rootCauseId]));

    const first = await rootCause(rootCauseId, '?limit=5');
    expect(first).toMatchObject({
      status: 'under-review',
      category: 'late-delivery',
      touchpoint: 'delivery',
      suggestion: { department: 'logistics' },
      complaintCount: 12,
      impact: 4 * 3 + 4 * 2 + 4 * 1,
      dissatisfaction: { outraged: 4, upset: 4, mild: 4 },
      votes: [],
      decision: null,
    });
    const seen: string[] = first.complaints.items.map((item: { complaintId: string }) => item.complaintId);
    let cursor = first.complaints.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = await rootCause(rootCauseId, `?limit=5&cursor=${cursor}`);
      seen.push(...page.complaints.items.map((item: { complaintId: string }) => item.complaintId));
      cursor = page.complaints.nextCursor;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(filed.map((complaint) => complaint.complaintId).sort());

    const listed = await triage(
      stack,
      'GET',
      '/rootcauses?status=under-review&limit=200',
      committee(stack).chair.token,
    );
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(rootCauseId);
    expect(listed.body.nextCursor).toBeNull();
  });

  it('identifies the cause when a quorum agrees, then refuses further votes with 409', async () => {
    const { complaintId, rootCauseId } = await file('store', 'The shop assistant was rude');
    const { chair, others } = committee(stack);
    const members = await triage(stack, 'GET', '/committee/members', others[0].token);
    expect(members.body.quorum).toBe(3);

    expect((await vote(others[0].token, rootCauseId, 'customer-care', 'No de-escalation training')).body.status).toBe(
      'under-review',
    );
    // A member may change their vote; it still counts once.
    expect(
      (await vote(others[0].token, rootCauseId, 'customer-care', 'Staff get no de-escalation training')).body.status,
    ).toBe('under-review');
    expect(
      (await vote(chair.token, rootCauseId, 'customer-care', 'Staff get no de-escalation training')).body.status,
    ).toBe('under-review');
    const deciding = await vote(others[1].token, rootCauseId, 'customer-care', 'Shifts are understaffed');
    expect(deciding.status).toBe(200);
    expect(deciding.body.decision).toMatchObject({
      rootCauseId,
      cause: 'Staff get no de-escalation training',
      department: 'customer-care',
      decidedBy: 'committee',
      complaintCount: 1,
    });
    expect(deciding.body.decision.votes).toHaveLength(3);

    const late = await vote(others[2].token, rootCauseId, 'quality');
    expect(late.status).toBe(409);
    expect(
      (
        await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, chair.token, {
          cause: 'x',
          department: 'it',
        })
      ).status,
    ).toBe(409);
    expect(await rootCause(rootCauseId)).toMatchObject({
      status: 'identified',
      decision: { decidedBy: 'committee', department: 'customer-care' },
    });
    await eventually(
      () => getComplaint(intake, apiKey, complaintId),
      ({ body }) => body.assignment?.department === 'customer-care',
      {
        what: 'the assignment to customer-care',
      },
    );
  });

  it('leaves split votes undecided until a member changes their vote', async () => {
    const { rootCauseId } = await file('web', 'The website shows an error on login');
    const { chair, others } = committee(stack);
    for (const [member, department] of [
      [chair, 'it'],
      [others[0], 'it'],
      [others[1], 'quality'],
      [others[2], 'quality'],
    ] as const) {
      expect((await vote(member.token, rootCauseId, department)).body.status).toBe('under-review');
    }
    expect(await rootCause(rootCauseId)).toMatchObject({ status: 'under-review', decision: null });
    expect((await rootCause(rootCauseId)).votes).toHaveLength(4);

    const changed = await vote(others[2].token, rootCauseId, 'it');
    expect(changed.body).toMatchObject({
      status: 'identified',
      decision: { department: 'it', decidedBy: 'committee' },
    });
    expect(await identifiedEvents(stack, rootCauseId)).toHaveLength(1);
  });

  it('lets the chair override the votes, and only the chair', async () => {
    const { rootCauseId } = await file('app', 'The app crashes when I pay');
    const { chair, others } = committee(stack);
    await vote(others[0].token, rootCauseId, 'quality');
    await vote(others[1].token, rootCauseId, 'quality');
    const decision = { cause: 'The payment SDK update was shipped untested', department: 'it' };

    const refused = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, others[0].token, decision);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/chair/);
    const unknownDepartment = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, chair.token, {
      ...decision,
      department: 'marketing',
    });
    expect(unknownDepartment.status).toBe(400);
    expect(unknownDepartment.body.errors).toEqual([
      { field: 'department', reason: expect.stringContaining('logistics, it, customer-care, quality') },
    ]);

    const decided = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, chair.token, decision);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ ...decision, decidedBy: 'chair', complaintCount: 1 });
    const [identified] = await identifiedEvents(stack, rootCauseId);
    expect(identified.data).toMatchObject({ ...decision, decidedBy: 'chair' });
    expect(identified.data.votes).toHaveLength(2);
  });

  it('emits exactly one rootcause.identified when the deciding votes arrive at the same instant', async () => {
    const { rootCauseId } = await file('call-centre', 'The parcel I got was damaged');
    const members = stack.secrets.members;
    const responses = await Promise.all(
      members.map((member) => vote(member.token, rootCauseId, 'quality', 'Packing is too thin')),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 409]);
    expect(responses.filter((response) => response.body.decision)).toHaveLength(1);
    expect(await identifiedEvents(stack, rootCauseId)).toHaveLength(1);
    await eventually(
      () =>
        stack.db.query(`SELECT count(*)::int AS n FROM escalation.assignments WHERE root_cause_id = $1`, [rootCauseId]),
      ({ rows }) => rows[0].n === 1,
      { what: 'one assignment' },
    );
  });

  it('lets the chair move a complaint to another root cause, and every view follows', async () => {
    const a1 = await file('delivery', 'The courier was rude and shouted', 'outraged');
    const a2 = await file('delivery', 'Rude delivery man');
    const b = await file('delivery', 'The box arrived broken');
    expect(a1.rootCauseId).toBe(a2.rootCauseId);
    expect(b.rootCauseId).not.toBe(a1.rootCauseId);
    const { chair, others } = committee(stack);
    const path = `/complaints/${a1.complaintId}/move`;

    expect((await triage(stack, 'POST', path, others[0].token, { toRootCauseId: b.rootCauseId })).status).toBe(403);
    expect((await triage(stack, 'POST', path, chair.token, { toRootCauseId: a1.rootCauseId })).status).toBe(400);
    expect((await triage(stack, 'POST', path, chair.token, { toRootCauseId: randomUUID() })).status).toBe(404);
    const moved = await triage(stack, 'POST', path, chair.token, { toRootCauseId: b.rootCauseId });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      complaintId: a1.complaintId,
      rootCauseId: b.rootCauseId,
      previousRootCauseId: a1.rootCauseId,
    });

    expect(await rootCause(a1.rootCauseId)).toMatchObject({ complaintCount: 1, impact: 2 });
    expect(await rootCause(b.rootCauseId)).toMatchObject({ complaintCount: 2, impact: 5, category: 'damaged-goods' });
    expect(
      (await linkedEvents(a1.complaintId)).map((event) => [
        event.rootCauseId,
        event.previousRootCauseId ?? null,
        event.relinkReason ?? null,
      ]),
    ).toEqual([
      [a1.rootCauseId, null, null],
      [b.rootCauseId, a1.rootCauseId, 'moved'],
    ]);
    await eventually(
      () => getComplaint(intake, apiKey, a1.complaintId),
      ({ body }) => body.rootCauseId === b.rootCauseId,
      {
        what: 'intake to show the new root cause',
      },
    );
    // The last complaint of a root cause cannot leave it: that would be a merge.
    const last = await triage(stack, 'POST', `/complaints/${a2.complaintId}/move`, chair.token, {
      toRootCauseId: b.rootCauseId,
    });
    expect(last.status).toBe(409);
    expect(last.body.message).toMatch(/merge/);
  });

  it('merges a root cause into another: its complaints move over in batches and every view follows', async () => {
    const absorbed = await fileAll(
      [1, 2, 3].map((): [string, string, string] => ['other', 'Something odd happened', 'mild']),
    );
    const into = await file('app', 'Something strange happened', 'outraged');
    const absorbedId = absorbed[0].rootCauseId;
    // A large root cause: 1,200 more links (complaints intake never saw), so the merge takes several batches.
    await stack.db.query(
      `WITH extra AS (
         INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, category, received_at, linked_at)
         SELECT gen_random_uuid(), $1, 'mild', 'unclassified', now(), now() FROM generate_series(1, 1200) RETURNING 1)
       UPDATE triage.root_causes SET complaint_count = complaint_count + (SELECT count(*) FROM extra), impact = impact + (SELECT count(*) FROM extra)
       WHERE id = $1`,
      [absorbedId],
    );
    const { chair, others } = committee(stack);
    const path = `/rootcauses/${absorbedId}/merge`;
    expect((await triage(stack, 'POST', path, others[0].token, { intoRootCauseId: into.rootCauseId })).status).toBe(
      403,
    );
    expect((await triage(stack, 'POST', path, chair.token, { intoRootCauseId: absorbedId })).status).toBe(400);

    const merged = await triage(stack, 'POST', path, chair.token, { intoRootCauseId: into.rootCauseId });
    expect(merged.status).toBe(202);
    expect(merged.body).toMatchObject({
      rootCauseId: absorbedId,
      status: 'merged',
      mergedInto: into.rootCauseId,
      complaintCount: 1203,
    });

    const target = await eventually(
      () => rootCause(into.rootCauseId),
      (view) => view.complaintCount === 1204,
      {
        what: 'every complaint to move over',
      },
    );
    expect(target.impact).toBe(3 + 1203);
    expect(await rootCause(absorbedId)).toMatchObject({
      status: 'merged',
      mergedInto: into.rootCauseId,
      complaintCount: 0,
      impact: 0,
    });
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked'
       AND payload->'data'->>'previousRootCauseId' = $1 AND payload->'data'->>'relinkReason' = 'merged'`,
      [absorbedId],
    );
    expect(rows[0].n).toBe(1203);
    for (const { complaintId } of absorbed) {
      await eventually(
        () => getComplaint(intake, apiKey, complaintId),
        ({ body }) => body.rootCauseId === into.rootCauseId,
        {
          what: `intake to file ${complaintId} under the merged-into root cause`,
        },
      );
    }
    expect((await vote(others[0].token, absorbedId, 'it')).status).toBe(409);
    // The merged root cause gave up its category and touchpoint: the next such complaint opens a new one.
    const next = await file('other', 'Something odd happened again');
    expect([absorbedId, into.rootCauseId]).not.toContain(next.rootCauseId);
    // An identified root cause is not absorbed.
    await triage(stack, 'POST', `/rootcauses/${into.rootCauseId}/decision`, chair.token, {
      cause: 'Unclear screens',
      department: 'it',
    });
    const refused = await triage(stack, 'POST', `/rootcauses/${into.rootCauseId}/merge`, chair.token, {
      intoRootCauseId: next.rootCauseId,
    });
    expect(refused.status).toBe(409);
  });

  it('orders the agenda by impact and pages it', async () => {
    const { chair } = committee(stack);
    const all = await triage(stack, 'GET', '/committee/agenda?limit=200', chair.token);
    expect(all.status).toBe(200);
    const impacts = all.body.items.map((item: { impact: number }) => item.impact);
    expect(impacts.length).toBeGreaterThanOrEqual(3);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    expect(all.body.items[0]).toMatchObject({ category: 'late-delivery', impact: 24, complaintCount: 12 });

    const firstPage = await triage(stack, 'GET', '/committee/agenda?limit=1', chair.token);
    const secondPage = await triage(
      stack,
      'GET',
      `/committee/agenda?limit=1&cursor=${firstPage.body.nextCursor}`,
      chair.token,
    );
    expect([...firstPage.body.items, ...secondPage.body.items].map((item: { id: string }) => item.id)).toEqual(
      all.body.items.slice(0, 2).map((item: { id: string }) => item.id),
    );
  });

  it('lets the chair edit the roster', async () => {
    const { chair, others } = committee(stack);
    expect(
      (await triage(stack, 'POST', '/committee/members', others[0].token, { name: 'Nina', department: 'quality' }))
        .status,
    ).toBe(403);
    const badDepartment = await triage(stack, 'POST', '/committee/members', chair.token, {
      name: 'Nina',
      department: 'legal',
    });
    expect(badDepartment.status).toBe(400);
    expect(badDepartment.body.errors[0].field).toBe('department');

    const added = await triage(stack, 'POST', '/committee/members', chair.token, {
      name: 'Nina Belova',
      department: 'quality',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: expect.any(String),
      name: 'Nina Belova',
      department: 'quality',
      chair: false,
      token: expect.stringMatching(/^rm_/),
    });
    const roster = await triage(stack, 'GET', '/committee/members', added.body.token);
    expect(roster.status).toBe(200);
    expect(roster.body.items).toHaveLength(5);
    expect(
      roster.body.items.some((member: Record<string, unknown>) => 'token' in member || 'tokenHash' in member),
    ).toBe(false);
    expect(roster.body.quorum).toBe(3);

    expect((await triage(stack, 'DELETE', `/committee/members/${chair.id}`, chair.token)).status).toBe(409);
    expect((await triage(stack, 'DELETE', `/committee/members/${added.body.id}`, chair.token)).status).toBe(204);
    expect((await triage(stack, 'GET', '/committee/agenda', added.body.token)).status).toBe(401);
    expect((await triage(stack, 'GET', '/committee/members', chair.token)).body.items).toHaveLength(4);
  });

  it('answers bad requests with a 4xx naming the problem, never a 5xx', async () => {
    const { chair, others } = committee(stack);
    const some = (await triage(stack, 'GET', '/rootcauses?limit=1', chair.token)).body.items[0].id;
    expect((await triage(stack, 'GET', '/committee/agenda')).status).toBe(401);
    expect((await triage(stack, 'GET', '/committee/agenda', 'rm_not-a-member')).status).toBe(401);
    expect((await vote('rm_not-a-member', some, 'it')).status).toBe(401);
    expect((await vote(others[0].token, randomUUID(), 'it')).status).toBe(404);

    const cases: [string, string, unknown, string][] = [
      ['GET', '/rootcauses/not-a-uuid', undefined, 'id'],
      ['GET', '/rootcauses?limit=500', undefined, 'limit'],
      ['GET', '/rootcauses?limit=ten', undefined, 'limit'],
      ['GET', '/rootcauses?status=lost', undefined, 'status'],
      ['GET', '/committee/agenda?cursor=bm9wZQ', undefined, 'cursor'],
      ['GET', `/rootcauses/${some}?cursor=${Buffer.from('["x","y"]').toString('base64url')}`, undefined, 'cursor'],
      ['GET', '/rootcauses?colour=red', undefined, 'colour'],
      ['POST', `/rootcauses/${some}/votes`, { department: 'it' }, 'cause'],
      ['POST', `/rootcauses/${some}/votes`, { cause: 'x', department: 'marketing' }, 'department'],
      ['POST', `/complaints/${randomUUID()}/move`, { toRootCauseId: 'nope' }, 'toRootCauseId'],
      ['GET', '/trends?weeks=0', undefined, 'weeks'],
    ];
    for (const [method, path, body, field] of cases) {
      const response = await triage(stack, method, path, chair.token, body);
      expect({
        path,
        status: response.status,
        fields: response.body.errors?.map((error: { field: string }) => error.field),
      }).toEqual({
        path,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
  });

  it('reports trends as JSON and as a chart, and counts resolved root causes', async () => {
    const { rootCauseId } = await file('store', 'The TV was defective', 'mild');
    const { chair } = committee(stack);
    await triage(stack, 'POST', `/rootcauses/${rootCauseId}/decision`, chair.token, {
      cause: 'No checks at the warehouse',
      department: 'quality',
    });
    // Escalation's resolution, as it will publish it.
    const probe = new KafkaProbe(stack.brokers);
    try {
      const resolved = buildEvent('escalation', {
        type: EventType.RootCauseResolved,
        key: rootCauseId,
        data: {
          rootCauseId,
          assignmentId: randomUUID(),
          actionsTaken: 'Checks added',
          causeReport: 'No checks',
          eliminationProposal: 'Check every pallet',
          owner: { id: 'owner-1', name: 'Boris Pavlov' },
          complaintCount: 1,
          resolvedAt: new Date().toISOString(),
        },
      });
      await probe.send(topicFor(EventType.RootCauseResolved, stack.topicPrefix), [
        { key: rootCauseId, value: JSON.stringify(resolved) },
      ]);
    } finally {
      await probe.close();
    }
    await eventually(
      () => rootCause(rootCauseId),
      (view) => view.status === 'resolved',
      { what: 'the root cause to be resolved' },
    );
    // The cause is gone: the next such complaint opens a new root cause (recurrence).
    expect((await file('store', 'Another defective TV')).rootCauseId).not.toBe(rootCauseId);

    const trends = await triage(stack, 'GET', '/trends?weeks=4');
    expect(trends.status).toBe(200);
    expect(trends.body.weeks).toHaveLength(4);
    const late = trends.body.categories.find((series: { category: string }) => series.category === 'late-delivery');
    expect(late.counts).toHaveLength(4);
    expect(late.counts[3]).toBe(12);
    expect(trends.body.categories[0].category).toBe('unclassified');
    expect(trends.body.rootCauses.resolved[3]).toBe(1);
    expect(trends.body.rootCauses.opened[3]).toBeGreaterThanOrEqual(8);

    const chart = await triage(stack, 'GET', '/trends.svg?weeks=8');
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(chart.body).toMatch(/^<svg/);
    for (const text of [
      'late-delivery',
      'rude-staff',
      'damaged-goods',
      'Complaints per category per week',
      'root causes resolved',
    ]) {
      expect(chart.body).toContain(text);
    }
  });
});
