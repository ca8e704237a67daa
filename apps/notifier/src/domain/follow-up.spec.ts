import { followUpDueAt, isLowRating } from './follow-up';

const HOUR = 3600_000;
const delays = { dayMs: 2 * HOUR, eveningMs: 12 * HOUR };

describe('low-score follow-up deadline, on a controlled clock', () => {
  it.each([
    // Moscow is UTC+3 all year.
    ['07:59 in Moscow is evening', '2026-11-24T04:59:00Z', 'Europe/Moscow', 12],
    ['08:00 in Moscow is day', '2026-11-24T05:00:00Z', 'Europe/Moscow', 2],
    ['19:59 in Moscow is day', '2026-11-24T16:59:00Z', 'Europe/Moscow', 2],
    ['20:00 in Moscow is evening', '2026-11-24T17:00:00Z', 'Europe/Moscow', 12],
    ['00:30 after midnight in Vladivostok is evening', '2026-11-24T14:30:00Z', 'Asia/Vladivostok', 12],
    ['08:00 in New York in winter (UTC-5) is day', '2026-11-24T13:00:00Z', 'America/New_York', 2],
    ['07:59 in New York in summer (UTC-4) is evening', '2026-07-01T11:59:00Z', 'America/New_York', 12],
    ['19:59 in Kathmandu (UTC+5:45) is day', '2026-11-24T14:14:00Z', 'Asia/Kathmandu', 2],
    ['20:00 in Kathmandu is evening', '2026-11-24T14:15:00Z', 'Asia/Kathmandu', 12],
  ])('%s', (_, ratedAt, zone, hours) => {
    expect(followUpDueAt(new Date(ratedAt), zone, delays).getTime() - Date.parse(ratedAt)).toBe(hours * HOUR);
  });

  it.each([
    [1, true],
    [2, true],
    [3, false],
    [5, false],
  ])('rating %d asks for a callback: %s', (rating, expected) => {
    expect(isLowRating(rating)).toBe(expected);
  });
});
