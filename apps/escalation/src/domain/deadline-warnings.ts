import { AssignmentStatus } from './assignment';
import { addWorkingTime, WorkingCalendar, workingTimeBetween } from './working-calendar';

export type WarnedDeadline = 'acknowledge' | 'resolve';

/** One warning: `percent` of `deadline`'s working time has passed at `at`. */
export interface DeadlineWarning {
  deadline: WarnedDeadline;
  percent: number;
  at: Date;
}

/** What the warnings of one level of an assignment depend on. */
export interface WarnedLevel {
  status: AssignmentStatus;
  /** When this level received the assignment: its deadlines count from here. */
  since: Date;
  acknowledgeDueAt: Date;
  resolveDueAt: Date;
}

/**
 * Parses SLA_WARNINGS: whole percentages between 1 and 99, comma-separated, each once (`50,75,90`); empty: none.
 * Returns them ascending, or null when the text is not such a list.
 */
export function parseWarningPercents(text: string): number[] | null {
  if (text.trim() === '' || text.trim() === 'none') return [];
  const parts = text.split(',').map((part) => part.trim());
  if (!parts.every((part) => /^\d{1,2}$/.test(part))) return null;
  const percents = parts.map(Number);
  if (percents.some((percent) => percent < 1 || percent > 99)) return null;
  if (new Set(percents).size !== percents.length) return null;
  return percents.sort((a, b) => a - b);
}

/**
 * Every warning of a level, in the order they fall due: each percentage of each deadline the owner still has to meet
 * (the acknowledge deadline only while the assignment is open), placed in working time between `since` and the
 * deadline. A pause moves `since` and the deadlines on alike (`resumedLevelStart`), so the warnings keep their places
 * on the running clock.
 */
export function warningsOf(
  level: WarnedLevel,
  percents: readonly number[],
  calendar: WorkingCalendar | null,
): DeadlineWarning[] {
  if (level.status === 'resolved') return [];
  const deadlines: [WarnedDeadline, Date][] = [];
  if (level.status === 'open') deadlines.push(['acknowledge', level.acknowledgeDueAt]);
  deadlines.push(['resolve', level.resolveDueAt]);
  const warnings: DeadlineWarning[] = [];
  for (const [deadline, dueAt] of deadlines) {
    const span = workingTimeBetween(level.since, dueAt, calendar);
    if (span <= 0) continue;
    for (const percent of percents) {
      const at = addWorkingTime(level.since, Math.floor((span * percent) / 100), calendar);
      if (at < dueAt) warnings.push({ deadline, percent, at });
    }
  }
  return warnings.sort(compareWarnings);
}

/** The first warning after `after` (the one just given, or null for the first of the level), if any is left. */
export function nextWarning(
  level: WarnedLevel,
  percents: readonly number[],
  calendar: WorkingCalendar | null,
  after: DeadlineWarning | null,
): DeadlineWarning | null {
  return warningsOf(level, percents, calendar).find((warning) => !after || compareWarnings(warning, after) > 0) ?? null;
}

/** By time, then the acknowledge deadline before the resolve one, then by percentage. */
export function compareWarnings(a: DeadlineWarning, b: DeadlineWarning): number {
  return (
    a.at.getTime() - b.at.getTime() ||
    (a.deadline === b.deadline ? 0 : a.deadline === 'acknowledge' ? -1 : 1) ||
    a.percent - b.percent
  );
}
