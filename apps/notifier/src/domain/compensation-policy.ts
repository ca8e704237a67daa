import { CompensationBasis, Dissatisfaction } from '@redress/contracts';

/** Integer minor units of one currency. */
export interface Money {
  amount: number;
  currency: string;
}

export interface CompensationCase {
  dissatisfaction: Dissatisfaction;
  order?: Money | null;
  /** What the customer asked for, if they named an amount. */
  claimed?: Money | null;
}

export interface CompensationLimits {
  /** Granted without asking anyone, in `currency` minor units (COMPENSATION_LIMIT). */
  limit: number;
  currency: string;
}

export type ReviewReason = 'over-limit' | 'budget-exhausted';

/** What the rules grant at once, and what a person still has to decide on. */
export interface CompensationDecision {
  granted: number;
  currency: string;
  basis: CompensationBasis;
  /** Set when a person has to look: `requested` is what would settle the case. */
  review: { requested: number; reason: ReviewReason } | null;
}

/** Share of the order by how upset the customer is, in per cent (DESIGN.md rule 2). */
export const TIER_PERCENT: Record<Dissatisfaction, number> = { outraged: 10, upset: 5, mild: 0 };

/**
 * DESIGN.md rules 1-3, pure and in integer minor units:
 * 1. a claimed amount within the limit is granted in full;
 * 2. otherwise a share of the order by dissatisfaction (outraged 10 %, upset 5 %, mild 0 %), rounded up to the
 *    minor unit (in the customer's favour) and capped at the limit;
 * 3. a claim above the limit is granted up to the limit, and the rest goes to a person (`over-limit`).
 * A claim or order in another currency than the limit's cannot be compared with it: the share is not paid at once but
 * sent to a person. Rule 4 (the period budget) is `applyBudget`.
 */
export function decideCompensation(input: CompensationCase, limits: CompensationLimits): CompensationDecision {
  const { limit, currency } = limits;
  const claimed = input.claimed ?? null;
  if (claimed) {
    if (claimed.currency !== currency) {
      return { granted: 0, currency, basis: 'capped', review: { requested: claimed.amount, reason: 'over-limit' } };
    }
    if (claimed.amount <= limit) return { granted: claimed.amount, currency, basis: 'claimed-within-limit', review: null };
    return { granted: limit, currency, basis: 'capped', review: { requested: claimed.amount, reason: 'over-limit' } };
  }
  const order = input.order ?? null;
  if (!order) return { granted: 0, currency, basis: 'tier', review: null };
  const share = Math.ceil((order.amount * TIER_PERCENT[input.dissatisfaction]) / 100);
  if (order.currency !== currency) {
    return share === 0
      ? { granted: 0, currency, basis: 'tier', review: null }
      : { granted: 0, currency, basis: 'tier', review: { requested: share, reason: 'over-limit' } };
  }
  if (share > limit) return { granted: limit, currency, basis: 'capped', review: null };
  return { granted: share, currency, basis: 'tier', review: null };
}

/**
 * Rule 4: a grant that would pass the period budget is not paid but sent to a person. `remaining` is what the
 * period still has; the caller reserves the grant atomically (the budget row is shared by concurrent grants).
 */
export function applyBudget(decision: CompensationDecision, remaining: number): CompensationDecision {
  if (decision.granted === 0 || decision.granted <= remaining) return decision;
  const requested = Math.max(decision.granted, decision.review?.requested ?? 0);
  return { ...decision, granted: 0, review: { requested, reason: 'budget-exhausted' } };
}

/** The budget period of an instant: its calendar month in UTC, `YYYY-MM`. */
export function budgetPeriod(at: Date): string {
  return at.toISOString().slice(0, 7);
}
