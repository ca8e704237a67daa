import { toSeries, weekStart, weekStarts } from './trends';

describe('trends', () => {
  it('buckets by ISO week starting Monday UTC', () => {
    expect(weekStart(new Date('2026-11-25T15:00:00Z'))).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(weekStart(new Date('2026-11-23T00:00:00Z'))).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(weekStart(new Date('2026-11-29T23:59:59Z'))).toEqual(new Date('2026-11-23T00:00:00Z'));
  });

  it('lists the last weeks oldest first, ending with the current one', () => {
    expect(weekStarts(new Date('2026-11-25T10:00:00Z'), 3).map((week) => week.toISOString().slice(0, 10))).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
  });

  it('fills weeks without complaints with zero and orders categories by total', () => {
    const weeks = weekStarts(new Date('2026-11-25T10:00:00Z'), 3);
    const series = toSeries(weeks, [
      { key: 'rude-staff', week: new Date('2026-11-16T00:00:00Z'), count: 1 },
      { key: 'late-delivery', week: new Date('2026-11-09T00:00:00Z'), count: 2 },
      { key: 'late-delivery', week: new Date('2026-11-23T00:00:00Z'), count: 5 },
      { key: 'too-old', week: new Date('2026-10-05T00:00:00Z'), count: 9 },
    ]);
    expect(series).toEqual([
      { key: 'late-delivery', counts: [2, 0, 5] },
      { key: 'rude-staff', counts: [0, 1, 0] },
    ]);
  });
});
