import { CompensationReplay, HistoryCase, noFigures, RealCompensation, WhatIfPolicy } from './compensation-what-if';

const RUB = (amount: number) => ({ amount, currency: 'RUB' });
const at = (iso: string) => Date.parse(iso);
const FROM = at('2026-01-01T00:00:00Z');
const TO = at('2026-03-01T00:00:00Z');
const CURRENT: WhatIfPolicy = { limit: 200_00, currency: 'RUB', monthlyBudget: 1_000_00 };

function real(settledAt: string, outcome: Partial<RealCompensation> & { grantedAtOnce: number }): RealCompensation {
  return {
    period: settledAt.slice(0, 7),
    finalGranted: outcome.grantedAtOnce,
    currency: 'RUB',
    basis: 'tier',
    status: outcome.grantedAtOnce > 0 ? 'granted' : 'none',
    reviewReason: null,
    requested: null,
    approvedAt: null,
    inWindow: true,
    ...outcome,
  };
}

function entry(settledAt: string, input: Partial<HistoryCase>, outcome: RealCompensation | null): HistoryCase {
  return {
    settleAt: at(settledAt),
    department: 'logistics',
    dissatisfaction: 'upset',
    order: null,
    claimed: null,
    playbookAmount: null,
    real: outcome,
    ...input,
  };
}

/** What really happened under CURRENT, written out by hand from DESIGN.md's rules (limit 200, budget 1,000 a month). */
const HISTORY: HistoryCase[] = [
  entry(
    '2026-01-05T10:00:00Z',
    { claimed: RUB(150_00) },
    real('2026-01-05T10:00:00Z', { grantedAtOnce: 150_00, basis: 'claimed-within-limit' }),
  ),
  entry('2026-01-06T10:00:00Z', { order: RUB(2_000_00) }, real('2026-01-06T10:00:00Z', { grantedAtOnce: 100_00 })),
  entry(
    '2026-01-07T10:00:00Z',
    { dissatisfaction: 'outraged', order: RUB(5_000_00), department: 'billing' },
    real('2026-01-07T10:00:00Z', { grantedAtOnce: 200_00, basis: 'capped' }),
  ),
  // A claim above the limit: 200 at once, a supervisor approved 300 in total two days later.
  entry(
    '2026-01-08T10:00:00Z',
    { claimed: RUB(300_00) },
    real('2026-01-08T10:00:00Z', {
      grantedAtOnce: 200_00,
      finalGranted: 300_00,
      basis: 'capped',
      status: 'approved',
      reviewReason: 'over-limit',
      requested: 300_00,
      approvedAt: at('2026-01-10T10:00:00Z'),
    }),
  ),
  entry(
    '2026-01-09T10:00:00Z',
    { dissatisfaction: 'mild', order: RUB(900_00), department: 'billing' },
    real('2026-01-09T10:00:00Z', { grantedAtOnce: 0 }),
  ),
  // Used so far 650, +100 approved on the 10th: 750. 200 more is 950, within 1,000.
  entry(
    '2026-01-11T10:00:00Z',
    { dissatisfaction: 'outraged', order: RUB(3_000_00) },
    real('2026-01-11T10:00:00Z', { grantedAtOnce: 200_00, basis: 'capped' }),
  ),
  // 950 + 100 would pass 1,000: nothing paid, a person asked.
  entry(
    '2026-01-12T10:00:00Z',
    { order: RUB(2_000_00), department: 'billing' },
    real('2026-01-12T10:00:00Z', {
      grantedAtOnce: 0,
      status: 'review',
      reviewReason: 'budget-exhausted',
      requested: 100_00,
    }),
  ),
  // A playbook's pre-authorised 50 on receipt, in the new month's budget.
  entry(
    '2026-02-02T10:00:00Z',
    { playbookAmount: 50_00, dissatisfaction: 'outraged', order: RUB(9_000_00) },
    real('2026-02-02T10:00:00Z', { grantedAtOnce: 50_00, basis: 'playbook' }),
  ),
];

function replay(policy: WhatIfPolicy, history = HISTORY, from = FROM, to = TO) {
  const run = new CompensationReplay(policy, from, to);
  for (const item of history) run.add(item);
  return run.result();
}

describe('compensation what-if (a pure replay of the history through the real rules)', () => {
  it('under the current policy, equals what really happened: in total, by month and by department', () => {
    const result = replay(CURRENT);
    expect(result.total.whatIf).toEqual(result.total.actual);
    expect(result.total.actual).toEqual({
      ...noFigures(),
      cases: 8,
      cost: 1_000_00,
      paidAtOnce: 900_00,
      approvedLater: 100_00,
      awaitingReview: 100_00,
      full: 3,
      capped: 2,
      review: 1,
      none: 1,
      budgetOverflow: 1,
    });
    for (const month of result.byMonth) expect(month.whatIf).toEqual(month.actual);
    for (const department of result.byDepartment) expect(department.whatIf).toEqual(department.actual);
    expect(result.byMonth.map(({ month, budgetUsed }) => [month, budgetUsed])).toEqual([
      ['2026-01', 950_00],
      ['2026-02', 50_00],
    ]);
    expect(result.byDepartment.map(({ department, whatIf }) => [department, whatIf.cases])).toEqual([
      ['billing', 3],
      ['logistics', 5],
    ]);
  });

  it('a limit of 300 changes exactly the grants it touches', () => {
    const result = replay({ ...CURRENT, limit: 300_00 });
    const { whatIf, actual } = result.total;
    // The 300 claim is now paid in full (no review), the outraged 5,000 order gets 300 instead of 200 and the
    // 3,000 order its whole 300 share; the budget then overflows on the 11th instead of the 12th.
    expect(whatIf).toMatchObject({ full: 5, capped: 1, review: 0, none: 1, budgetOverflow: 1 });
    expect(actual).toMatchObject({ full: 3, capped: 2, review: 1, none: 1, budgetOverflow: 1 });
    // 150 + 100 + 300 + 300 = 850; 300 more on the 11th passes 1,000; the 12th's 100 fits (950); February's 50.
    expect(whatIf.paidAtOnce).toBe(1_000_00);
    expect(whatIf.approvedLater).toBe(0);
    expect(whatIf.awaitingReview).toBe(300_00);
  });

  it('other shares of the order are rounded up exactly, in basis points', () => {
    const result = replay({ ...CURRENT, tierBasisPoints: { outraged: 1000, upset: 725, mild: 0 } }, [
      entry('2026-01-05T10:00:00Z', { order: RUB(2_490_01) }, null),
    ]);
    // 7.25 % of 2,490.01 is 180.525725: 180.53 in the customer's favour.
    expect(result.total.whatIf.paidAtOnce).toBe(180_53);
  });

  it('without review over the limit, a large claim is only capped', () => {
    const result = replay({ ...CURRENT, reviewOverLimit: false });
    expect(result.total.whatIf).toMatchObject({ review: 0, capped: 3, approvedLater: 0 });
  });

  it('a smaller budget overflows earlier, and real approvals still count against it', () => {
    const result = replay({ ...CURRENT, monthlyBudget: 400_00 });
    // 150 + 100 = 250; the capped 200 would pass 400: overflow; the 300 claim's 200 also; the approval carries over
    // (200 at once was not paid, so the approval of 300 adds 300) and takes January to 550.
    const january = result.byMonth.find(({ month }) => month === '2026-01');
    expect(january?.whatIf).toMatchObject({ full: 2, budgetOverflow: 4, none: 1, paidAtOnce: 250_00 });
    expect(january?.whatIf.approvedLater).toBe(300_00);
    expect(january?.budgetUsed).toBe(550_00);
  });

  it('counts only what settles in the window; earlier cases only use their month budget', () => {
    const result = replay(CURRENT, HISTORY, at('2026-01-08T00:00:00Z'), at('2026-02-01T00:00:00Z'));
    expect(result.total.whatIf.cases).toBe(4);
    // The 11th still fits 200 (650 used before the window, 100 approved), the 12th still overflows.
    expect(result.total.whatIf).toMatchObject({ budgetOverflow: 1, capped: 1 });
  });

  it('refuses cases out of settle order rather than replaying a wrong budget', () => {
    const run = new CompensationReplay(CURRENT, FROM, TO);
    run.add(HISTORY[1]);
    expect(() => run.add(HISTORY[0])).toThrow(/order/);
  });

  it('counts a case in a currency without a rate, but not its money', () => {
    const result = replay(CURRENT, [
      entry('2026-01-05T10:00:00Z', { claimed: { amount: 50_00, currency: 'EUR' } }, null),
    ]);
    expect(result.total.whatIf).toMatchObject({ cases: 1, review: 1, otherCurrency: 1, cost: 0 });
  });
});
