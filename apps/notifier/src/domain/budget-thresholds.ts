/** Shares of the period's compensation budget at which supervisors are told (percent). */
export const BUDGET_THRESHOLDS = [80, 100] as const;

/**
 * The thresholds a grant crossed: those `before` was under and `after` reached. A grant refused for want of budget
 * (`exhausted`) counts as reaching 100%, so supervisors hear of it even when the last grants left the budget just short.
 */
export function budgetThresholdsCrossed(budget: {
  before: number;
  after: number;
  limit: number;
  exhausted: boolean;
}): number[] {
  if (budget.limit <= 0) return [];
  const share = (used: number) => (used * 100) / budget.limit;
  return BUDGET_THRESHOLDS.filter(
    (percent) =>
      (share(budget.before) < percent && share(budget.after) >= percent) || (percent === 100 && budget.exhausted),
  );
}
