const WEEK_MS = 7 * 24 * 3600_000;
/** Below a day of history after the fix, a weekly rate would be noise. */
const MIN_OBSERVED_WEEKS = 1 / 7;

/**
 * What happened to a cause's complaints after its fix: complaints of its category and touchpoint per week for the
 * same number of weeks before and after the resolution. A comparison, not proof: other things change too.
 */
export interface Effectiveness {
  weeks: number;
  /** Complaints per week before the fix, oldest week first; the last one ends at the resolution. */
  before: number[];
  /** Complaints per week since the fix, the first one starting at the resolution; only weeks begun so far. */
  after: number[];
  /** How much of the after period has passed, in weeks (at most `weeks`). */
  observedWeeks: number;
  beforePerWeek: number;
  afterPerWeek: number | null;
  /** The change in the weekly rate, in percent (negative: fewer); null when nothing came before or nothing after yet. */
  changePercent: number | null;
  summary: string;
}

/** Complaints counted by week relative to the fix: offset -1 is the week that ends at the resolution, 0 the first after. */
export interface WeekOffsetCount {
  offset: number;
  count: number;
}

export function weekOffset(at: Date, resolvedAt: Date): number {
  return Math.floor((at.getTime() - resolvedAt.getTime()) / WEEK_MS);
}

/** The effect of a fix from its category-and-touchpoint complaints counted by week; weeks outside the comparison are ignored. */
export function fixEffectiveness(counts: WeekOffsetCount[], resolvedAt: Date, now: Date, weeks: number): Effectiveness {
  const observedWeeks = Math.min(weeks, Math.max(0, (now.getTime() - resolvedAt.getTime()) / WEEK_MS));
  const before = new Array<number>(weeks).fill(0);
  const after = new Array<number>(Math.min(weeks, Math.ceil(observedWeeks))).fill(0);
  for (const { offset, count } of counts) {
    if (offset < 0 && offset >= -weeks) before[weeks + offset] += count;
    else if (offset >= 0 && offset < after.length) after[offset] += count;
  }
  const beforePerWeek = round(sum(before) / weeks);
  const afterPerWeek = observedWeeks >= MIN_OBSERVED_WEEKS ? round(sum(after) / observedWeeks) : null;
  const changePercent =
    afterPerWeek === null || beforePerWeek === 0
      ? null
      : Math.round(((afterPerWeek - beforePerWeek) / beforePerWeek) * 100);
  return {
    weeks,
    before,
    after,
    observedWeeks: round(observedWeeks),
    beforePerWeek,
    afterPerWeek,
    changePercent,
    summary: summarise(weeks, beforePerWeek, afterPerWeek, observedWeeks, changePercent),
  };
}

function summarise(
  weeks: number,
  beforePerWeek: number,
  afterPerWeek: number | null,
  observedWeeks: number,
  changePercent: number | null,
): string {
  const beforeText = `In the ${weeks} weeks before the fix: ${beforePerWeek} complaints a week.`;
  if (afterPerWeek === null) return `${beforeText} Too soon after the fix to say what followed.`;
  const change =
    changePercent === null
      ? ''
      : changePercent === 0
        ? ', the same rate'
        : changePercent < 0
          ? `, ${-changePercent} % fewer`
          : `, ${changePercent} % more`;
  return `${beforeText} In the ${round(observedWeeks)} weeks since: ${afterPerWeek} a week${change}. This is what happened after the fix, not proof that the fix caused it.`;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
