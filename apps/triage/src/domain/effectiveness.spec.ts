import { fixEffectiveness as fromCounts, WeekOffsetCount, weekOffset } from './effectiveness';

const DAY = 24 * 3600_000;
const resolvedAt = new Date('2026-10-01T12:00:00Z');
const daysFromFix = (days: number) => new Date(resolvedAt.getTime() + days * DAY);

/** Counts receipt times by week offset, as the query does in SQL. */
function fixEffectiveness(received: Date[], resolved: Date, now: Date, weeks: number) {
  const counts = new Map<number, number>();
  for (const at of received) counts.set(weekOffset(at, resolved), (counts.get(weekOffset(at, resolved)) ?? 0) + 1);
  return fromCounts(
    [...counts].map(([offset, count]): WeekOffsetCount => ({ offset, count })),
    resolved,
    now,
    weeks,
  );
}

describe('fixEffectiveness', () => {
  it('compares the weekly rate before and after the fix, week by week', () => {
    // 8 complaints in the 4 weeks before (2 a week), 2 in the 4 weeks after (0.5 a week): 75 % fewer.
    const received = [-27, -22, -20, -15, -10, -8, -3, -1, 2, 25].map(daysFromFix);
    const result = fixEffectiveness(received, resolvedAt, daysFromFix(60), 4);
    expect(result).toMatchObject({
      before: [2, 2, 2, 2],
      after: [1, 0, 0, 1],
      observedWeeks: 4,
      beforePerWeek: 2,
      afterPerWeek: 0.5,
      changePercent: -75,
    });
    expect(result.summary).toMatch(/75 % fewer\. This is what happened after the fix, not proof/);
  });

  it('ignores complaints outside the compared weeks', () => {
    const received = [-40, -29, 29, 40].map(daysFromFix);
    expect(fixEffectiveness(received, resolvedAt, daysFromFix(60), 4)).toMatchObject({
      before: [0, 0, 0, 0],
      after: [0, 0, 0, 0],
    });
  });

  it('uses only the part of the after period that has passed', () => {
    const received = [-26, -19, -12, -5, 1].map(daysFromFix);
    const result = fixEffectiveness(received, resolvedAt, daysFromFix(7 * 1.5), 4);
    expect(result).toMatchObject({
      after: [1, 0],
      observedWeeks: 1.5,
      beforePerWeek: 1,
      afterPerWeek: 0.67,
      changePercent: -33,
    });
  });

  it('says it is too soon within the first day, and gives no percentage without a before', () => {
    expect(fixEffectiveness([daysFromFix(-3)], resolvedAt, daysFromFix(0.5), 4)).toMatchObject({
      afterPerWeek: null,
      changePercent: null,
    });
    expect(fixEffectiveness([daysFromFix(-3)], resolvedAt, daysFromFix(0.5), 4).summary).toMatch(/Too soon/);
    const noBefore = fixEffectiveness([daysFromFix(3)], resolvedAt, daysFromFix(14), 4);
    expect(noBefore).toMatchObject({ beforePerWeek: 0, afterPerWeek: 0.5, changePercent: null });
  });

  it('reports more complaints as more', () => {
    const result = fixEffectiveness([-3, 1, 2].map(daysFromFix), resolvedAt, daysFromFix(7), 1);
    expect(result).toMatchObject({ beforePerWeek: 1, afterPerWeek: 2, changePercent: 100 });
    expect(result.summary).toMatch(/100 % more/);
  });
});
