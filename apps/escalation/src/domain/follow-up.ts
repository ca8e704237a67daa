import { ChainLink, nextStep } from './escalation-chain';

/** A callback customer service owes a customer who rated the outcome 1 or 2. */
export interface FollowUpState {
  status: 'open' | 'done';
  level: number;
  ownerId: string;
  dueAt: Date;
  breachedAt: Date | null;
}

export type FollowUpDeadlineOutcome =
  | { kind: 'none' }
  | { kind: 'escalate'; state: FollowUpState; fromLevel: number; to: ChainLink }
  | { kind: 'breach'; state: FollowUpState };

/**
 * A missed callback moves up the chain like an assignment's deadline: to the next level with a fresh deadline as long
 * as the first one (2 h by day, 12 h in the evening), or at the top it is marked breached and stays. A callback
 * already made, a deadline not yet reached (a timer that fired early) or one already breached changes nothing.
 */
export function onFollowUpDeadline(
  state: FollowUpState,
  chain: readonly ChainLink[],
  now: Date,
  windowMs: number,
): FollowUpDeadlineOutcome {
  if (state.status !== 'open' || state.breachedAt || now < state.dueAt) return { kind: 'none' };
  const step = nextStep(chain, state.level);
  if (step.kind === 'breach') return { kind: 'breach', state: { ...state, breachedAt: now } };
  return {
    kind: 'escalate',
    fromLevel: state.level,
    to: step.to,
    state: { ...state, level: step.to.level, ownerId: step.to.ownerId, dueAt: new Date(now.getTime() + windowMs) },
  };
}
