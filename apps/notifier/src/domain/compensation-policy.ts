import { CompensationBasis, Dissatisfaction } from '@redress/contracts/vocabulary';

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

/** What one minor unit of another currency is worth in minor units of the compensation currency, as a fraction. */
export interface ExchangeRate {
  numerator: number;
  denominator: number;
}

export interface CompensationLimits {
  /** Granted without asking anyone, in `currency` minor units (COMPENSATION_LIMIT). */
  limit: number;
  currency: string;
  /** By currency code (COMPENSATION_EXCHANGE_RATES); a currency without one is never converted. */
  rates?: Readonly<Record<string, ExchangeRate>>;
}

export type ReviewReason = 'over-limit' | 'budget-exhausted';

/** What the rules grant at once, and what a person still has to decide on. */
export interface CompensationDecision {
  granted: number;
  /** Of `granted` and `review.requested`: the compensation currency, or the customer's own when it has no rate. */
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
 * A claim or order in another currency is first converted at its configured rate (rounded up, in the customer's
 * favour). Without a rate it cannot be compared with the limit: nothing is paid at once, and the claim (or the
 * share) goes to a person in the customer's own currency, never relabelled as the compensation currency.
 * Rule 4 (the period budget) is `applyBudget`.
 */
export function decideCompensation(input: CompensationCase, limits: CompensationLimits): CompensationDecision {
  const { limit, currency } = limits;
  if (input.claimed) {
    const claimed = convert(input.claimed, limits);
    if (claimed === null) return toReview(input.claimed.currency, 'capped', input.claimed.amount);
    if (claimed <= limit) return { granted: claimed, currency, basis: 'claimed-within-limit', review: null };
    return { granted: limit, currency, basis: 'capped', review: { requested: claimed, reason: 'over-limit' } };
  }
  if (!input.order) return { granted: 0, currency, basis: 'tier', review: null };
  const order = convert(input.order, limits);
  if (order === null)
    return toReview(input.order.currency, 'tier', tierShare(input.order.amount, input.dissatisfaction));
  const share = tierShare(order, input.dissatisfaction);
  if (share > limit) return { granted: limit, currency, basis: 'capped', review: null };
  return { granted: share, currency, basis: 'tier', review: null };
}

function tierShare(amount: number, dissatisfaction: Dissatisfaction): number {
  return Math.ceil((amount * TIER_PERCENT[dissatisfaction]) / 100);
}

/** Nothing at once; a person decides on `requested`, in `currency`. */
function toReview(currency: string, basis: CompensationBasis, requested: number): CompensationDecision {
  return { granted: 0, currency, basis, review: requested === 0 ? null : { requested, reason: 'over-limit' } };
}

/**
 * The amount in minor units of the compensation currency, rounded up; null when its currency has no rate, or when
 * the result would be too large to count exactly (a person looks at it in its own currency then).
 */
export function convert(money: Money, limits: CompensationLimits): number | null {
  if (money.currency === limits.currency) return money.amount;
  const rate = limits.rates?.[money.currency];
  if (!rate) return null;
  const product = BigInt(money.amount) * BigInt(rate.numerator);
  const denominator = BigInt(rate.denominator);
  const converted = (product + denominator - 1n) / denominator;
  return converted <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(converted) : null;
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
