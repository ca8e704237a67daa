import { ContactWindow, nextContactTime } from './contact-window';

export interface RetryPolicy {
  retryBackoffMs: number;
  retryMaxBackoffMs: number;
  giveUpAfterMs: number;
  /** null: no cap on attempts. */
  maxAttempts: number | null;
}

export interface FailedAttempt {
  /** Attempts so far, this one included. */
  attempts: number;
  at: Date;
  /** When the give-up clock started: the message first due, or resent. */
  ageFrom: Date;
  /** The customer's window; null for webhooks and when windows are ignored. */
  window: ContactWindow | null;
  timeZone: string;
}

export type RetryPlan = { retryAt: Date } | { giveUp: 'age' | 'attempts' };

/**
 * What follows a failed attempt: a retry after a capped exponential backoff, moved to the customer's next contact
 * window when it would fall outside it, or giving up once the message has been retried for `giveUpAfterMs` (or has
 * had `maxAttempts`). Pure; a message is only given up after an attempt, never while it waits.
 */
export function planRetry(failed: FailedAttempt, policy: RetryPolicy): RetryPlan {
  if (policy.maxAttempts !== null && failed.attempts >= policy.maxAttempts) return { giveUp: 'attempts' };
  if (failed.at.getTime() - failed.ageFrom.getTime() >= policy.giveUpAfterMs) return { giveUp: 'age' };
  const backoff = Math.min(policy.retryMaxBackoffMs, policy.retryBackoffMs * 2 ** Math.min(40, failed.attempts - 1));
  return { retryAt: nextContactTime(new Date(failed.at.getTime() + backoff), failed.window, failed.timeZone) };
}
