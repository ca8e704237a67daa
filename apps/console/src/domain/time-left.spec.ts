import { timeLeft } from './time-left';

const now = new Date('2026-11-23T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('timeLeft', () => {
  it.each([
    [90 * 60_000, { overdue: false, days: 0, hours: 1, minutes: 30 }],
    [30_000, { overdue: false, days: 0, hours: 0, minutes: 1 }],
    [(2 * 1440 + 3 * 60 + 4) * 60_000, { overdue: false, days: 2, hours: 3, minutes: 4 }],
    [0, { overdue: true, days: 0, hours: 0, minutes: 0 }],
    [-61 * 60_000, { overdue: true, days: 0, hours: 1, minutes: 1 }],
    [-(1440 * 60_000), { overdue: true, days: 1, hours: 0, minutes: 0 }],
  ])('%d ms from now reads as %p', (offset, expected) => {
    expect(timeLeft(at(offset), now)).toEqual(expected);
  });
});
