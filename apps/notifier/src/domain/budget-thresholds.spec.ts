import { budgetThresholdsCrossed } from './budget-thresholds';

describe('budgetThresholdsCrossed', () => {
  const limit = 100_000;

  it('names each threshold a grant crossed, once', () => {
    expect(budgetThresholdsCrossed({ before: 70_000, after: 79_999, limit, exhausted: false })).toEqual([]);
    expect(budgetThresholdsCrossed({ before: 70_000, after: 80_000, limit, exhausted: false })).toEqual([80]);
    expect(budgetThresholdsCrossed({ before: 80_000, after: 90_000, limit, exhausted: false })).toEqual([]);
    expect(budgetThresholdsCrossed({ before: 79_000, after: 100_000, limit, exhausted: false })).toEqual([80, 100]);
  });

  it('counts a grant refused for want of budget as the budget exhausted', () => {
    expect(budgetThresholdsCrossed({ before: 99_000, after: 99_000, limit, exhausted: true })).toEqual([100]);
  });

  it('says nothing of a budget of zero', () => {
    expect(budgetThresholdsCrossed({ before: 0, after: 0, limit: 0, exhausted: true })).toEqual([]);
  });
});
