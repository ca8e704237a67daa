import { Actor, AssignmentState, requireAtOrAbove } from './assignment';
import { AssignmentError } from './assignment.errors';
import { addWorkingTime, WorkingCalendar, workingTimeBetween } from './working-calendar';

/** An assignment's pause: since when it waits (null: it does not), and how long earlier pauses took in all. */
export interface Pause {
  waitingSince: Date | null;
  pausedMs: number;
}

/**
 * The owner (or someone above) stops the clock while an outside party holds things up. Returns when the pause ends
 * by itself: once all pauses together reach `maxPauseMs`.
 */
export function startWaiting(state: AssignmentState, pause: Pause, actor: Actor, now: Date, maxPauseMs: number): Date {
  if (state.status === 'resolved')
    throw new AssignmentError('ASSIGNMENT.RESOLVED', 'The assignment is already resolved');
  requireAtOrAbove(state, actor);
  if (pause.waitingSince)
    throw new AssignmentError('ASSIGNMENT.WAITING', 'The assignment is already waiting; resume it first');
  if (pause.pausedMs >= maxPauseMs)
    throw new AssignmentError(
      'ASSIGNMENT.PAUSE_USED_UP',
      `The assignment has already waited the most it may (${maxPauseMs / 3_600_000}h)`,
    );
  return new Date(now.getTime() + maxPauseMs - pause.pausedMs);
}

export function requireWaiting(state: AssignmentState, pause: Pause, actor: Actor): Date {
  requireAtOrAbove(state, actor);
  if (!pause.waitingSince) throw new AssignmentError('ASSIGNMENT.NOT_WAITING', 'The assignment is not waiting');
  return pause.waitingSince;
}

/** The deadlines once the clock runs again: each moves by the working time the pause took. */
export function resumedState(
  state: AssignmentState,
  waitingSince: Date,
  now: Date,
  calendar: WorkingCalendar | null,
): AssignmentState {
  const paused = workingTimeBetween(waitingSince, now, calendar);
  return {
    ...state,
    acknowledgeDueAt: addWorkingTime(state.acknowledgeDueAt, paused, calendar),
    resolveDueAt: addWorkingTime(state.resolveDueAt, paused, calendar),
  };
}

/**
 * Where the level's warnings count from once the clock runs again: its start moved on by the working time the pause
 * took, as the deadlines are. Each percentage of the running clock then falls where it would have without the pause
 * (a warning not yet due is given after the resume, one given before the pause is not given again), and warnings
 * are not spread over a span that counts the pause.
 */
export function resumedLevelStart(
  levelSince: Date,
  waitingSince: Date,
  now: Date,
  calendar: WorkingCalendar | null,
): Date {
  return addWorkingTime(levelSince, workingTimeBetween(waitingSince, now, calendar), calendar);
}
