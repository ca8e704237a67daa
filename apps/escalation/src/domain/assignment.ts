import { ServiceLevels, deadlinesFrom } from './deadlines';
import { WorkingCalendar } from './working-calendar';
import { AssignmentError } from './assignment.errors';
import { ChainLink, nextStep } from './escalation-chain';

export type AssignmentStatus = 'open' | 'acknowledged' | 'resolved';
export type OverdueReason = 'acknowledge-overdue' | 'resolve-overdue';

/**
 * What the rules need of an assignment. open -> acknowledged -> resolved; a missed deadline hands it to the next
 * level, open again with fresh deadlines (the new owner acknowledges in turn); at the top of the chain it is breached
 * and stays with its owner. A breach remembers the latest deadline missed, so no deadline is reported twice.
 */
export interface AssignmentState {
  status: AssignmentStatus;
  level: number;
  ownerId: string;
  acknowledgeDueAt: Date;
  resolveDueAt: Date;
  breachedAt: Date | null;
  breachReason: OverdueReason | null;
}

/** Someone in the department's chain acting on an assignment. */
export interface Actor {
  ownerId: string;
  level: number;
}

/** The current owner, or anyone above them in the chain, may act on an assignment; nobody below. */
export function requireAtOrAbove(state: AssignmentState, actor: Actor): void {
  if (actor.level < state.level) {
    throw new AssignmentError(
      'ASSIGNMENT.ABOVE_YOUR_LEVEL',
      `The assignment is with level ${state.level} of the chain now; you are level ${actor.level}`,
    );
  }
}

/** Returns the acknowledged state, or null when it already was acknowledged (nothing changes, nothing is emitted). */
export function acknowledge(state: AssignmentState, actor: Actor): AssignmentState | null {
  if (state.status === 'resolved')
    throw new AssignmentError('ASSIGNMENT.RESOLVED', 'The assignment is already resolved');
  requireAtOrAbove(state, actor);
  if (state.status === 'acknowledged') return null;
  return { ...state, status: 'acknowledged' };
}

export function resolve(state: AssignmentState, actor: Actor): AssignmentState {
  if (state.status === 'resolved')
    throw new AssignmentError('ASSIGNMENT.RESOLVED', 'The assignment is already resolved');
  requireAtOrAbove(state, actor);
  if (state.status !== 'acknowledged') {
    throw new AssignmentError('ASSIGNMENT.NOT_ACKNOWLEDGED', 'Acknowledge the assignment before resolving it');
  }
  return { ...state, status: 'resolved' };
}

function acknowledgeCovered(state: AssignmentState): boolean {
  return state.breachReason !== null;
}

function resolveCovered(state: AssignmentState): boolean {
  return state.breachReason === 'resolve-overdue';
}

/** The deadline that is missed at `now` and not yet acted upon, if any; the acknowledgement one comes first. */
export function overdueReason(state: AssignmentState, now: Date): OverdueReason | null {
  if (state.status === 'resolved') return null;
  if (state.status === 'open' && !acknowledgeCovered(state) && state.acknowledgeDueAt <= now)
    return 'acknowledge-overdue';
  if (!resolveCovered(state) && state.resolveDueAt <= now) return 'resolve-overdue';
  return null;
}

/** When the assignment's deadline timer should next fire: its earliest deadline still to watch, or null. */
export function nextDueAt(state: AssignmentState): Date | null {
  if (state.status === 'resolved') return null;
  const due: Date[] = [];
  if (state.status === 'open' && !acknowledgeCovered(state)) due.push(state.acknowledgeDueAt);
  if (!resolveCovered(state)) due.push(state.resolveDueAt);
  return due.length === 0 ? null : new Date(Math.min(...due.map((date) => date.getTime())));
}

export type DeadlineOutcome =
  /** Nothing is missed (the timer fired early, or the owner acted first): watch the next deadline, if any. */
  | { kind: 'wait'; nextDueAt: Date | null }
  | {
      kind: 'escalate';
      reason: OverdueReason;
      fromLevel: number;
      to: ChainLink;
      state: AssignmentState;
      nextDueAt: Date;
    }
  | { kind: 'breach'; reason: OverdueReason; state: AssignmentState; nextDueAt: Date | null };

/** What a deadline timer does at `now`, given the department's chain as it is now and the assignment's service levels. */
export function onDeadline(
  state: AssignmentState,
  chain: readonly ChainLink[],
  now: Date,
  levels: ServiceLevels,
  calendar: WorkingCalendar | null = null,
): DeadlineOutcome {
  const reason = overdueReason(state, now);
  if (!reason) return { kind: 'wait', nextDueAt: nextDueAt(state) };
  const step = nextStep(chain, state.level);
  if (step.kind === 'escalate') {
    const due = deadlinesFrom(now, levels, calendar);
    const next: AssignmentState = {
      status: 'open',
      level: step.to.level,
      ownerId: step.to.ownerId,
      acknowledgeDueAt: due.acknowledgeDueAt,
      resolveDueAt: due.resolveDueAt,
      breachedAt: null,
      breachReason: null,
    };
    return {
      kind: 'escalate',
      reason,
      fromLevel: state.level,
      to: step.to,
      state: next,
      nextDueAt: nextDueAt(next) as Date,
    };
  }
  const breached: AssignmentState = { ...state, breachedAt: state.breachedAt ?? now, breachReason: reason };
  return { kind: 'breach', reason, state: breached, nextDueAt: nextDueAt(breached) };
}
