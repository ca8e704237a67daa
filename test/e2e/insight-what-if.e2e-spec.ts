import { KafkaProbe } from '../support/kafka-probe';
import { NotifierDriver } from '../support/notifier';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const DAY_MS = 86_400_000;

/**
 * The compensation what-if on the running notifier: a real history (grants in full, capped, over the limit and
 * approved, over the limit and waiting, a budget overflow) replayed under the policy in force equals what really
 * happened, a higher limit changes exactly the grants it reaches, and nothing is written while it runs.
 */
describeE2E('compensation what-if', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let driver: NotifierDriver;
  const period = { from: new Date(Date.now() - DAY_MS).toISOString(), to: new Date(Date.now() + DAY_MS).toISOString() };

  beforeAll(async () => {
    // Limit 200, budget 1,000 a month: the sixth grant below does not fit.
    stack = await startTestStack('whatif', { COMPENSATION_LIMIT: '200.00', COMPENSATION_MONTHLY_BUDGET: '1000.00' });
    probe = new KafkaProbe(stack.brokers);
    driver = new NotifierDriver(stack, probe);
    const claim = (amount: string) => driver.post({ dissatisfaction: 'upset', remedy: { type: 'refund', amount } });
    const tier = (dissatisfaction: string, amount: string) =>
      driver.post({ dissatisfaction, remedy: undefined, order: { ref: 'O-1', amount, currency: 'RUB' } });
    const first = [
      await claim('150.00'), // 150 in full
      await tier('upset', '2000.00'), // 5 %: 100 in full
      await tier('outraged', '5000.00'), // 10 % is 500: capped at 200
      await claim('300.00'), // 200 at once, to review; approved to 300 below
      await claim('3000.00'), // 200 at once, to review, left waiting
    ];
    await driver.resolveAndSettle(first);
    const { rows } = await stack.db.query(`SELECT id FROM notifier.compensations WHERE complaint_id = $1`, [first[3]]);
    const approved = await driver.call('POST', `/compensations/${rows[0].id}/approve`, { amount: '300.00' });
    expect(approved.status).toBe(200);
    // Used: 850 at once + 100 approved = 950; 200 more does not fit: a budget overflow.
    await driver.resolveAndSettle([await tier('outraged', '2000.00')]);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  const whatIf = (policy: Record<string, unknown>, token?: string | null) =>
    driver.call('POST', '/compensations/what-if', { ...period, policy }, token);

  it('replays the policy in force to exactly what really happened, and writes nothing', async () => {
    // Deliveries still write customer.notified events meanwhile: only what a compensation writes is compared.
    const snapshot = () =>
      stack.db.query(
        `SELECT (SELECT json_agg(c ORDER BY id) FROM notifier.compensations c) AS compensations,
                (SELECT json_agg(b) FROM notifier.budgets b) AS budgets,
                (SELECT count(*)::int FROM notifier.outbox WHERE event_type LIKE 'compensation.%') AS events`,
      );
    const before = (await snapshot()).rows[0];
    const answer = await whatIf({});
    expect(answer.status).toBe(200);
    const { total, byMonth, byDepartment } = answer.body;
    expect(total.actual).toMatchObject({
      cases: 6,
      cost: '950.00',
      paidAtOnce: '850.00',
      approvedLater: '100.00',
      awaitingReview: '3000.00', // 2,800 beyond the claim of 3,000, 200 of the overflow
      full: 2,
      capped: 1,
      review: 2,
      none: 0,
      budgetOverflow: 1,
    });
    expect(total.whatIf).toEqual(total.actual);
    expect(byMonth).toHaveLength(1);
    expect(byMonth[0]).toMatchObject({ budget: '1000.00', budgetUsed: '950.00' });
    expect(byMonth[0].whatIf).toEqual(byMonth[0].actual);
    for (const group of byDepartment) expect(group.whatIf).toEqual(group.actual);
    expect((await snapshot()).rows[0]).toEqual(before);
  });

  it('with a limit of 300 changes exactly the grants the limit reaches', async () => {
    const answer = await whatIf({ limit: '300.00', monthlyBudget: '100000.00' });
    expect(answer.status).toBe(200);
    // 150 and 100 as before; the capped 500 becomes 300; the claim of 300 is paid in full, with no review; the claim
    // of 3000 gets 300 at once; the overflowed 200 fits the larger budget.
    expect(answer.body.total.whatIf).toMatchObject({
      cases: 6,
      cost: '1350.00',
      paidAtOnce: '1350.00',
      approvedLater: '0.00',
      awaitingReview: '2700.00',
      full: 4,
      capped: 1,
      review: 1,
      budgetOverflow: 0,
    });
    expect(answer.body.total.actual.cost).toBe('950.00');
    expect(answer.body.policy).toMatchObject({ limit: '300.00', monthlyBudget: '100000.00', reviewOverLimit: true });
  });

  it('takes other shares of the order and a claim only capped', async () => {
    const answer = await whatIf({
      percentages: { outraged: 7.25, upset: 5, mild: 0 },
      reviewOverLimit: false,
      monthlyBudget: '100000.00',
    });
    expect(answer.status).toBe(200);
    // 150 + 100 + min(362.50, 200) + 200 + 200 + min(145, 200): nothing to review.
    expect(answer.body.total.whatIf).toMatchObject({ cost: '995.00', full: 3, capped: 3, review: 0 });
  });

  it('refuses bad input with 400 naming the field, and anyone but a supervisor', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ policy: { limit: 'lots' } }, 'policy.limit'],
      [{ policy: { monthlyBudget: '-5' } }, 'policy.monthlyBudget'],
      [{ policy: { percentages: { outraged: 150, upset: 5, mild: 0 } } }, 'policy.percentages.outraged'],
      [{ policy: { maxWait: '1y' } }, 'policy.maxWait'],
      [{ policy: { maxWait: '900d' } }, 'policy.maxWait'],
      [{ from: '2026-02-31', policy: {} }, 'from'],
      [{ from: '2024-01-01', to: '2026-01-01', policy: {} }, 'to'],
      [{ policy: 'cheap' }, 'policy'],
    ];
    for (const [body, field] of bad) {
      const answer = await driver.call('POST', '/compensations/what-if', { ...period, ...body });
      expect({ field, status: answer.status }).toEqual({ field, status: 400 });
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect((await whatIf({}, null)).status).toBe(401);
    expect((await whatIf({}, 'rs_not-a-real-token')).status).toBe(401);
  });

  it('replays under another maximum wait from the resolutions', async () => {
    const answer = await whatIf({ maxWait: '1h' });
    expect(answer.status).toBe(200);
    // Every complaint's root cause was resolved within the hour: each settles as it really did.
    expect(answer.body.total.whatIf.cases).toBe(6);
    expect(answer.body.total.whatIf.full).toBe(2);
  });
});
