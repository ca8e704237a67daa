import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { committee, identifiedEvents, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * The review deadline, with a short COMMITTEE_REVIEW_TIMEOUT: the chair's vote wins, else the majority so far, else
 * the rule's suggestion, all decidedBy `timeout`; a vote at the deadline and a restart during the review change
 * nothing about "exactly once".
 */
describeE2E('committee review deadline', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack('deadline', { COMMITTEE_REVIEW_TIMEOUT: '4s' });
  });

  afterAll(() => stack?.stop());

  async function openRootCause(
    touchpoint: string,
    text: string,
  ): Promise<{ complaintId: string; rootCauseId: string }> {
    const accepted = await postComplaint(
      stack.services.intake.url,
      stack.secrets.apiKey,
      complaintBody({ touchpoint, text }),
    );
    expect(accepted.status).toBe(202);
    const complaintId = accepted.body?.id as string;
    return { complaintId, rootCauseId: await rootCauseOf(stack, complaintId) };
  }

  async function vote(token: string, rootCauseId: string, department: string, cause = `${department} should own it`) {
    return triage(stack, 'POST', `/rootcauses/${rootCauseId}/votes`, token, { cause, department });
  }

  async function decided(rootCauseId: string) {
    const { chair } = committee(stack);
    const { body } = await eventually(
      () => triage(stack, 'GET', `/rootcauses/${rootCauseId}`, chair.token),
      ({ body }) => body.status !== 'under-review',
      {
        what: `root cause ${rootCauseId} to be decided`,
      },
    );
    return body;
  }

  it("lets the chair's vote win at the deadline, over two members who agree on another department", async () => {
    const { complaintId, rootCauseId } = await openRootCause('store', 'The cashier was rude to me');
    const { chair, others } = committee(stack);
    expect((await vote(chair.token, rootCauseId, 'it', 'The till software makes staff wait and snap')).status).toBe(
      200,
    );
    expect((await vote(others[0].token, rootCauseId, 'customer-care')).body.status).toBe('under-review');
    expect((await vote(others[1].token, rootCauseId, 'customer-care')).body.status).toBe('under-review');

    const rootCause = await decided(rootCauseId);
    expect(rootCause.decision).toEqual({
      cause: 'The till software makes staff wait and snap',
      department: 'it',
      decidedBy: 'timeout',
      identifiedAt: expect.any(String),
    });
    expect(Date.parse(rootCause.decision.identifiedAt)).toBeGreaterThanOrEqual(Date.parse(rootCause.reviewDueAt));
    await eventually(
      () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId),
      ({ body }) => body.status === 'assigned' && body.assignment?.department === 'it',
      { what: 'the complaint to be assigned to it' },
    );
    expect(await identifiedEvents(stack, rootCauseId)).toHaveLength(1);
  });

  it('falls back to the rule suggestion when the votes are split', async () => {
    const { rootCauseId } = await openRootCause('delivery', 'The parcel came two days late');
    const { others } = committee(stack);
    await vote(others[0].token, rootCauseId, 'it');
    await vote(others[1].token, rootCauseId, 'quality');

    const rootCause = await decided(rootCauseId);
    expect(rootCause.decision).toMatchObject({
      department: 'logistics',
      cause: rootCause.suggestion.cause,
      decidedBy: 'timeout',
    });
    const [identified] = await identifiedEvents(stack, rootCauseId);
    expect(identified.data.votes).toHaveLength(2);
  });

  it('takes the majority so far, and a vote arriving as the deadline fires gives one decision', async () => {
    const { rootCauseId } = await openRootCause('web', 'The checkout page shows an error');
    const { others } = committee(stack);
    const statuses: number[] = [];
    // The member keeps (re)voting until the deadline decides: some votes land just before it, the rest are refused.
    await eventually(
      async () => {
        const response = await vote(
          others[2].token,
          rootCauseId,
          'quality',
          'Payment errors are not caught by release checks',
        );
        statuses.push(response.status);
        return response.status;
      },
      (status) => status === 409,
      { intervalMs: 10, timeoutMs: 30_000, what: 'the deadline to close the review' },
    );

    const rootCause = await decided(rootCauseId);
    expect(rootCause.decision).toMatchObject({
      department: 'quality',
      cause: 'Payment errors are not caught by release checks',
      decidedBy: 'timeout',
    });
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(10);
    expect(new Set(statuses)).toEqual(new Set([200, 409]));
    expect(await identifiedEvents(stack, rootCauseId)).toHaveLength(1);
    const { rows } = await stack.db.query(
      `SELECT status FROM triage.timers WHERE subject_id = $1 AND kind = 'committee-review'`,
      [rootCauseId],
    );
    // Fired, so gone: nothing is left pending to decide the review again.
    expect(rows).toEqual([]);
  });

  it('keeps a pending review across a triage crash and decides it once after the restart', async () => {
    const { complaintId, rootCauseId } = await openRootCause('store', 'The blender arrived broken');
    const { chair } = committee(stack);
    expect((await vote(chair.token, rootCauseId, 'logistics', 'Parcels are thrown in the van')).status).toBe(200);
    await stack.services.triage.kill();
    const { rows } = await stack.db.query(`SELECT status FROM triage.root_causes WHERE id = $1`, [rootCauseId]);
    expect(rows[0].status).toBe('under-review');
    await stack.services.triage.start();

    const rootCause = await decided(rootCauseId);
    expect(rootCause.decision).toMatchObject({
      department: 'logistics',
      cause: 'Parcels are thrown in the van',
      decidedBy: 'timeout',
    });
    await eventually(
      () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId),
      ({ body }) => body.status === 'assigned' && body.assignment?.department === 'logistics',
      { what: 'the complaint to be assigned after the restart' },
    );
    expect(await identifiedEvents(stack, rootCauseId)).toHaveLength(1);
    const assignments = await stack.db.query(
      `SELECT count(*)::int AS n FROM escalation.assignments WHERE root_cause_id = $1`,
      [rootCauseId],
    );
    expect(assignments.rows[0].n).toBe(1);
  });
});
