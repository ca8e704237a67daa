import { randomBytes } from 'node:crypto';
import { readStormOutcome, StormOutcome } from '../../scripts/storm/storm-outcome';
import {
  assignmentOf,
  createStormClients,
  deadLetterCount,
  identifyCause,
  postStorm,
  resolveCause,
  topOfAgenda,
} from '../../scripts/storm/storm-scenario';
import { waitFor } from '../../scripts/stack/wait-for';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const COMPLAINTS = 2_000;

/**
 * A small `npm run bench:storm`: 2,000 complaints about one outage from three client systems, through the whole
 * pipeline. They make one root cause; once the committee identifies it and the owner resolves it, every customer
 * has exactly one acknowledgement, one resolution message and one compensation decision, within the budget.
 */
describeE2E('complaint storm', () => {
  let stack: TestStack;
  const runId = randomBytes(3).toString('hex');

  beforeAll(async () => {
    // The storm is a deliberate burst from three clients: on a busy machine the poster falls behind and catches up in
    // bunches past any one client's rate limit, which is intake-rate-limit.e2e-spec's subject, not this test's.
    stack = await startTestStack('storm', { COMPENSATION_MONTHLY_BUDGET: '1000000', INTAKE_RATE_LIMIT: 'off' });
  });

  afterAll(() => stack?.stop());

  it('groups the storm into one root cause and informs and compensates every customer exactly once', async () => {
    const apiKeys = [stack.secrets.apiKey, ...(await createStormClients(stack.databaseUrl, runId, 2))];
    const posted = await postStorm(stack.services.intake.url, apiKeys, {
      total: COMPLAINTS,
      perSecond: 400,
      runId,
      inFlight: 50,
      // As a client system does: a 503 from intake's overload shedding on a busy machine is sent again, same key.
      retryForMs: 30_000,
    });
    expect(posted.errors).toBe(0);
    const ids = [...posted.sentAt.keys()];
    expect(ids).toHaveLength(COMPLAINTS);
    const outcome = () => readStormOutcome(stack.db, ids);
    const ms = 180_000;

    await waitFor('every acknowledgement', outcome, (now) => now.acknowledgements === COMPLAINTS, { timeoutMs: ms });
    const rootCause = await waitFor(
      'triage to link the whole storm',
      () => topOfAgenda(stack.services.triage.url, stack.secrets),
      (top) => top?.complaintCount === COMPLAINTS,
      { timeoutMs: ms },
    );
    expect((await outcome()).rootCauses).toBe(1);

    await identifyCause(stack.services.triage.url, stack.secrets, rootCause!.id);
    const assignmentId = await waitFor(
      'the assignment',
      () => assignmentOf(stack.services.escalation.url, stack.secrets, rootCause!.id),
      Boolean,
      { timeoutMs: ms },
    );
    await resolveCause(stack.services.escalation.url, stack.secrets, assignmentId!);
    const settled: StormOutcome = await waitFor(
      'every resolution message and compensation',
      outcome,
      (now) => now.resolutions === COMPLAINTS && now.compensations === COMPLAINTS,
      { timeoutMs: ms },
    );

    expect(settled).toMatchObject({
      rootCauses: 1,
      acknowledgements: COMPLAINTS,
      duplicateMessages: 0,
      duplicateCompensations: 0,
    });
    expect(settled.granted.count + settled.review).toBeGreaterThan(0);
    expect(settled.budget!.used).toBe(settled.granted.minorUnits);
    expect(settled.budget!.used).toBeLessThanOrEqual(settled.budget!.limit);
    expect(await deadLetterCount(stack.brokers, stack.topicPrefix)).toBe(0);
  }, 600_000); // each wait above is bounded; the whole scenario takes one to two minutes on 2 cores
});
