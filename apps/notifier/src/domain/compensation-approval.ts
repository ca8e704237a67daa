import { formatMinorUnits } from '@redress/contracts/vocabulary';

/** A compensation under review, in integer minor units of `currency`. */
export interface ReviewedCompensation {
  /** Already paid at once by the rules; an approval cannot take it back. */
  granted: number;
  /** What the customer claimed (or what the budget held back): the most an approval may pay. */
  requested: number;
  currency: string;
  /** The first supervisor's approval of an amount above the ceiling, waiting for a second supervisor. */
  firstApproval: { by: string; amount: number } | null;
}

/** An approval names the total the customer receives (including `granted`), or none for the default. */
export type ReviewDecision = { kind: 'approve'; by: string; amount: number | null } | { kind: 'reject'; by: string };

export type ReviewOutcome =
  /** The approval is complete: the customer receives `amount` in total. */
  | { kind: 'approved'; amount: number }
  /** Above the ceiling: recorded, and nothing is paid until a different supervisor approves too. */
  | { kind: 'awaiting-second-approval'; amount: number }
  /** The review ends with what was granted at once. */
  | { kind: 'rejected'; amount: number }
  /** Nothing changes: `field` says which input is wrong, otherwise the decision conflicts with the review's state. */
  | { kind: 'refused'; field: 'amount' | null; reason: string };

/**
 * A supervisor's decision on a compensation under review, pure. An approval pays at most the claim, and at least
 * what was granted already. One supervisor may approve up to `ceiling` (COMPENSATION_APPROVAL_LIMIT) alone; above
 * it the approval waits for a second, different supervisor, who may confirm that amount or lower it (an amount
 * above what the first approved has no second approver behind it). Without an amount, the first approver approves
 * the claim and the second confirms the first's amount. A rejection, by either, ends the review.
 */
export function decideReview(review: ReviewedCompensation, decision: ReviewDecision, ceiling: number): ReviewOutcome {
  if (decision.kind === 'reject') return { kind: 'rejected', amount: review.granted };
  const money = (amount: number) => `${formatMinorUnits(amount, review.currency)} ${review.currency}`;
  const first = review.firstApproval;
  if (first && first.by === decision.by) {
    return {
      kind: 'refused',
      field: null,
      reason: 'You approved this compensation already: a different supervisor has to approve or reject it',
    };
  }
  const amount = decision.amount ?? (first ? first.amount : review.requested);
  if (amount > review.requested)
    return { kind: 'refused', field: 'amount', reason: `must not exceed the claim of ${money(review.requested)}` };
  if (amount < review.granted)
    return {
      kind: 'refused',
      field: 'amount',
      reason: `must be at least the ${money(review.granted)} granted already`,
    };
  if (amount <= ceiling) return { kind: 'approved', amount };
  if (!first) return { kind: 'awaiting-second-approval', amount };
  if (amount <= first.amount) return { kind: 'approved', amount };
  return {
    kind: 'refused',
    field: 'amount',
    reason: `must not exceed the ${money(first.amount)} the first supervisor approved: above the ceiling of ${money(ceiling)} only an amount two supervisors approved is paid`,
  };
}
