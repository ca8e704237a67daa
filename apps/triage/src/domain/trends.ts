const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the week `at` falls in. */
export function weekStart(at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The starts of the last `weeks` weeks, oldest first, the current week last. */
export function weekStarts(now: Date, weeks: number): Date[] {
  const current = weekStart(now).getTime();
  return Array.from({ length: weeks }, (_, index) => new Date(current - (weeks - 1 - index) * 7 * DAY_MS));
}

export interface WeeklyCount {
  key: string;
  week: Date;
  count: number;
}

export interface Series {
  key: string;
  counts: number[];
}

/** Lays counts out on the weeks, zero where a week has none; series ordered by their total, largest first. */
export function toSeries(weeks: Date[], rows: WeeklyCount[]): Series[] {
  const index = new Map(weeks.map((week, position) => [week.getTime(), position]));
  const series = new Map<string, number[]>();
  for (const row of rows) {
    const position = index.get(weekStart(row.week).getTime());
    if (position === undefined) continue;
    const counts = series.get(row.key) ?? weeks.map(() => 0);
    counts[position] += row.count;
    series.set(row.key, counts);
  }
  const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
  return [...series]
    .map(([key, counts]) => ({ key, counts }))
    .sort((a, b) => total(b.counts) - total(a.counts) || a.key.localeCompare(b.key));
}
