import { TimerSpec } from '@redress/timers';
import { DeadlineWarning, nextWarning, WarnedLevel } from '../../domain/deadline-warnings';
import { WorkingCalendar } from '../../domain/working-calendar';

/** The one warning timer of an assignment (subject: its id): it fires at the next warning of its current level. */
export const WARNING_TIMER = 'assignment-deadline-warning';

/** What a warning timer carries: which warning it is, of which level and deadline, so a stale one is recognised. */
export interface WarningPayload {
  level: number;
  deadline: DeadlineWarning['deadline'];
  percent: number;
  at: string;
  dueAt: string;
}

/**
 * The timer of the level's next warning after `after` (null: its first one still ahead of `now`), or null when no
 * warning is left. Whoever sets a level's deadlines (creation, escalation, a resume) schedules it with them.
 */
export function warningTimer(
  assignmentId: string,
  level: number,
  state: WarnedLevel,
  percents: readonly number[],
  calendar: WorkingCalendar | null,
  after: DeadlineWarning | null,
  now: Date,
): TimerSpec | null {
  const dueOf = (warning: DeadlineWarning) =>
    warning.deadline === 'acknowledge' ? state.acknowledgeDueAt : state.resolveDueAt;
  let warning = nextWarning(state, percents, calendar, after);
  // A level set up late (or a deadline moved on) does not replay the warnings whose time has already gone, and a
  // deadline already passed is warned of no more.
  while (warning && (dueOf(warning) <= now || (!after && warning.at < now)))
    warning = nextWarning(state, percents, calendar, warning);
  if (!warning) return null;
  const dueAt = dueOf(warning);
  const payload: WarningPayload = {
    level,
    deadline: warning.deadline,
    percent: warning.percent,
    at: warning.at.toISOString(),
    dueAt: dueAt.toISOString(),
  };
  return { kind: WARNING_TIMER, subjectId: assignmentId, dueAt: warning.at, payload: { ...payload } };
}
