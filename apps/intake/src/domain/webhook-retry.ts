export interface WebhookRetryPolicy {
  retryBackoffMs: number;
  retryMaxBackoffMs: number;
  giveUpAfterMs: number;
}

export type WebhookRetryPlan = { retryAt: Date } | { giveUp: true };

/**
 * After a failed attempt (`attempts` counts it): retry after a capped, doubling backoff, or give up once the
 * delivery has been retried for `giveUpAfterMs` since it was first due. Pure; a delivery is only given up after an
 * attempt, never while it waits behind an open circuit.
 */
export function planWebhookRetry(
  attempts: number,
  at: Date,
  firstDueAt: Date,
  policy: WebhookRetryPolicy,
): WebhookRetryPlan {
  if (at.getTime() - firstDueAt.getTime() >= policy.giveUpAfterMs) return { giveUp: true };
  const backoff = Math.min(policy.retryMaxBackoffMs, policy.retryBackoffMs * 2 ** Math.min(40, attempts - 1));
  return { retryAt: new Date(at.getTime() + backoff) };
}
