import { applyBudget, budgetPeriod, CompensationCase, decideCompensation } from './compensation-policy';

const LIMITS = { limit: 200_00, currency: 'RUB' };
const rub = (amount: number) => ({ amount, currency: 'RUB' });

describe('compensation policy (DESIGN.md rules 1-3)', () => {
  it.each<
    [string, CompensationCase, { granted: number; basis: string; review: null | { requested: number; reason: string } }]
  >([
    // Rule 1: a claim within the limit, in full.
    [
      'a claim below the limit',
      { dissatisfaction: 'mild', claimed: rub(150_00), order: rub(2490_00) },
      { granted: 150_00, basis: 'claimed-within-limit', review: null },
    ],
    [
      'a claim exactly at the limit',
      { dissatisfaction: 'mild', claimed: rub(200_00) },
      { granted: 200_00, basis: 'claimed-within-limit', review: null },
    ],
    [
      'a claim of one kopeck',
      { dissatisfaction: 'upset', claimed: rub(1) },
      { granted: 1, basis: 'claimed-within-limit', review: null },
    ],
    [
      'a claim of zero',
      { dissatisfaction: 'outraged', claimed: rub(0), order: rub(2490_00) },
      { granted: 0, basis: 'claimed-within-limit', review: null },
    ],
    // Rule 3: a claim above the limit, the limit now and a person for the rest.
    [
      'a claim one minor unit above the limit',
      { dissatisfaction: 'mild', claimed: rub(200_01) },
      { granted: 200_00, basis: 'capped', review: { requested: 200_01, reason: 'over-limit' } },
    ],
    [
      'a claim far above the limit',
      { dissatisfaction: 'upset', claimed: rub(500_00), order: rub(100_00) },
      { granted: 200_00, basis: 'capped', review: { requested: 500_00, reason: 'over-limit' } },
    ],
    // Rule 2: a share of the order by dissatisfaction, capped.
    [
      'outraged: 10 % of the order',
      { dissatisfaction: 'outraged', order: rub(1490_00) },
      { granted: 149_00, basis: 'tier', review: null },
    ],
    [
      'upset: 5 % of the order',
      { dissatisfaction: 'upset', order: rub(2490_00) },
      { granted: 124_50, basis: 'tier', review: null },
    ],
    [
      'mild: apology only',
      { dissatisfaction: 'mild', order: rub(2490_00) },
      { granted: 0, basis: 'tier', review: null },
    ],
    [
      'outraged, share exactly at the limit',
      { dissatisfaction: 'outraged', order: rub(2000_00) },
      { granted: 200_00, basis: 'tier', review: null },
    ],
    [
      'outraged, share one minor unit above the limit is capped',
      { dissatisfaction: 'outraged', order: rub(2000_10) },
      { granted: 200_00, basis: 'capped', review: null },
    ],
    [
      'upset, share exactly at the limit',
      { dissatisfaction: 'upset', order: rub(4000_00) },
      { granted: 200_00, basis: 'tier', review: null },
    ],
    [
      'upset, share one minor unit above the limit is capped',
      { dissatisfaction: 'upset', order: rub(4000_20) },
      { granted: 200_00, basis: 'capped', review: null },
    ],
    [
      'outraged, a large order is capped',
      { dissatisfaction: 'outraged', order: rub(2490_00) },
      { granted: 200_00, basis: 'capped', review: null },
    ],
    [
      "a fraction of a kopeck rounds up, in the customer's favour",
      { dissatisfaction: 'outraged', order: rub(2490_05) },
      { granted: 200_00, basis: 'capped', review: null },
    ],
    [
      'a fraction of a kopeck rounds up below the cap',
      { dissatisfaction: 'upset', order: rub(1_01) },
      { granted: 6, basis: 'tier', review: null },
    ],
    [
      'zero order amount, outraged',
      { dissatisfaction: 'outraged', order: rub(0) },
      { granted: 0, basis: 'tier', review: null },
    ],
    [
      'zero order amount, upset',
      { dissatisfaction: 'upset', order: rub(0) },
      { granted: 0, basis: 'tier', review: null },
    ],
    ['missing order, outraged', { dissatisfaction: 'outraged' }, { granted: 0, basis: 'tier', review: null }],
    ['missing order, upset', { dissatisfaction: 'upset', order: null }, { granted: 0, basis: 'tier', review: null }],
    ['missing order, mild', { dissatisfaction: 'mild' }, { granted: 0, basis: 'tier', review: null }],
  ])('%s', (_case, input, expected) => {
    expect(decideCompensation(input, LIMITS)).toEqual({ ...expected, currency: 'RUB' });
  });

  it('uses the limit it is given', () => {
    expect(
      decideCompensation({ dissatisfaction: 'outraged', order: rub(2490_00) }, { limit: 150_00, currency: 'RUB' }),
    ).toMatchObject({
      granted: 150_00,
      basis: 'capped',
    });
  });
});

describe('compensation policy in other currencies', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const jpy = (amount: number) => ({ amount, currency: 'JPY' });
  // 1 USD = 92.50 RUB: a cent is 92.5 kopecks. 1 JPY (no minor unit) = 0.61 RUB: a yen is 61 kopecks.
  const RATES = {
    ...LIMITS,
    rates: { USD: { numerator: 925, denominator: 10 }, JPY: { numerator: 61, denominator: 1 } },
  };

  it.each<
    [
      string,
      CompensationCase,
      { granted: number; currency: string; basis: string; review: null | { requested: number; reason: string } },
    ]
  >([
    [
      'a claim with no rate goes to a person in its own currency',
      { dissatisfaction: 'upset', claimed: { amount: 10_00, currency: 'EUR' } },
      { granted: 0, currency: 'EUR', basis: 'capped', review: { requested: 10_00, reason: 'over-limit' } },
    ],
    [
      'an order with no rate: its share goes to a person in its own currency',
      { dissatisfaction: 'outraged', order: { amount: 100_00, currency: 'EUR' } },
      { granted: 0, currency: 'EUR', basis: 'tier', review: { requested: 10_00, reason: 'over-limit' } },
    ],
    [
      'an order with no rate and no share: nothing to decide',
      { dissatisfaction: 'mild', order: { amount: 100_00, currency: 'EUR' } },
      { granted: 0, currency: 'EUR', basis: 'tier', review: null },
    ],
    [
      'a claim converted within the limit is granted in roubles',
      { dissatisfaction: 'mild', claimed: usd(2_00) },
      { granted: 185_00, currency: 'RUB', basis: 'claimed-within-limit', review: null },
    ],
    [
      'a converted claim rounds up to the kopeck',
      { dissatisfaction: 'mild', claimed: usd(1) },
      { granted: 93, currency: 'RUB', basis: 'claimed-within-limit', review: null },
    ],
    [
      'a claim converted above the limit is capped, the rest to a person in roubles',
      { dissatisfaction: 'mild', claimed: usd(10_00) },
      { granted: 200_00, currency: 'RUB', basis: 'capped', review: { requested: 925_00, reason: 'over-limit' } },
    ],
    [
      'an order converted before its share is taken',
      { dissatisfaction: 'upset', order: usd(20_00) },
      { granted: 92_50, currency: 'RUB', basis: 'tier', review: null },
    ],
    [
      'a currency without minor units converts too',
      { dissatisfaction: 'outraged', order: jpy(3000) },
      { granted: 183_00, currency: 'RUB', basis: 'tier', review: null },
    ],
    [
      'a claim too large to convert exactly goes to a person in its own currency',
      { dissatisfaction: 'mild', claimed: usd(Number.MAX_SAFE_INTEGER) },
      {
        granted: 0,
        currency: 'USD',
        basis: 'capped',
        review: { requested: Number.MAX_SAFE_INTEGER, reason: 'over-limit' },
      },
    ],
    [
      'a currency with no rate is still not converted',
      { dissatisfaction: 'upset', claimed: { amount: 5_00, currency: 'EUR' } },
      { granted: 0, currency: 'EUR', basis: 'capped', review: { requested: 5_00, reason: 'over-limit' } },
    ],
  ])('%s', (_case, input, expected) => {
    expect(decideCompensation(input, RATES)).toEqual(expected);
  });
});

describe('period budget (rule 4)', () => {
  const grant = decideCompensation({ dissatisfaction: 'mild', claimed: rub(150_00) }, LIMITS);
  const capped = decideCompensation({ dissatisfaction: 'mild', claimed: rub(500_00) }, LIMITS);

  it.each([
    ['plenty left: paid', grant, 1000_00, { granted: 150_00, review: null }],
    ['exactly what is left: paid', grant, 150_00, { granted: 150_00, review: null }],
    [
      'one minor unit short: to review, nothing paid',
      grant,
      149_99,
      { granted: 0, review: { requested: 150_00, reason: 'budget-exhausted' } },
    ],
    ['nothing left: to review', grant, 0, { granted: 0, review: { requested: 150_00, reason: 'budget-exhausted' } }],
    [
      'an over-limit claim with no budget asks for the whole claim',
      capped,
      100_00,
      { granted: 0, review: { requested: 500_00, reason: 'budget-exhausted' } },
    ],
    [
      'a zero grant needs no budget',
      decideCompensation({ dissatisfaction: 'mild' }, LIMITS),
      0,
      { granted: 0, review: null },
    ],
  ] as const)('%s', (_case, decision, remaining, expected) => {
    expect(applyBudget(decision, remaining)).toMatchObject(expected);
  });

  it('counts periods by calendar month in UTC', () => {
    expect(budgetPeriod(new Date('2025-01-31T23:59:59Z'))).toBe('2025-01');
    expect(budgetPeriod(new Date('2025-02-01T00:00:00Z'))).toBe('2025-02');
  });
});
