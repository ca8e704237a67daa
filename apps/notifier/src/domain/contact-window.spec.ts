import { insideWindow, nextContactTime, parseContactWindow, windowFor } from './contact-window';

const at = (iso: string) => new Date(iso);

describe('contact window', () => {
  describe('nextContactTime with a controlled clock', () => {
    it.each([
      // [case, now (UTC), window, zone, expected (UTC)]
      [
        'inside a day window: now',
        '2025-06-10T10:00:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2025-06-10T10:00:00Z',
      ],
      [
        'exactly at the start: now',
        '2025-06-10T06:00:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2025-06-10T06:00:00Z',
      ],
      [
        'exactly at the end: the next day',
        '2025-06-10T17:00:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2025-06-11T06:00:00Z',
      ],
      [
        'one minute before the start: the start',
        '2025-06-10T05:59:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2025-06-10T06:00:00Z',
      ],
      [
        'late evening: the next morning',
        '2025-06-10T19:30:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2025-06-11T06:00:00Z',
      ],
      // 23:30 UTC is already 02:30 the next day in Moscow: today's start there, not tomorrow's.
      [
        'past midnight in the zone but not in UTC',
        '2025-06-10T23:30:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2025-06-11T06:00:00Z',
      ],
      [
        'a zone behind UTC',
        '2025-06-10T03:00:00Z',
        { from: '09:00', to: '17:00' },
        'America/New_York',
        '2025-06-10T13:00:00Z',
      ],
      [
        'a half-hour zone',
        '2025-06-10T00:00:00Z',
        { from: '09:00', to: '18:00' },
        'Asia/Kolkata',
        '2025-06-10T03:30:00Z',
      ],
      [
        'Vladivostok, ahead by 10 h',
        '2025-06-10T12:00:00Z',
        { from: '09:00', to: '20:00' },
        'Asia/Vladivostok',
        '2025-06-10T23:00:00Z',
      ],
      [
        'a window spanning midnight, late evening inside',
        '2025-06-10T20:30:00Z',
        { from: '22:00', to: '07:00' },
        'Europe/Moscow',
        '2025-06-10T20:30:00Z',
      ],
      [
        'a window spanning midnight, early morning inside',
        '2025-06-10T02:00:00Z',
        { from: '22:00', to: '07:00' },
        'Europe/Moscow',
        '2025-06-10T02:00:00Z',
      ],
      [
        'a window spanning midnight, at its end: the evening',
        '2025-06-10T04:00:00Z',
        { from: '22:00', to: '07:00' },
        'Europe/Moscow',
        '2025-06-10T19:00:00Z',
      ],
      [
        'a window spanning midnight, noon: the evening',
        '2025-06-10T09:00:00Z',
        { from: '22:00', to: '07:00' },
        'Europe/Moscow',
        '2025-06-10T19:00:00Z',
      ],
      [
        'the last day of a year rolls over',
        '2025-12-31T18:00:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2026-01-01T06:00:00Z',
      ],
      [
        'the end of February rolls over',
        '2024-02-29T18:00:00Z',
        { from: '09:00', to: '20:00' },
        'Europe/Moscow',
        '2024-03-01T06:00:00Z',
      ],
      [
        'equal ends mean any time',
        '2025-06-10T03:00:00Z',
        { from: '09:00', to: '09:00' },
        'Europe/Moscow',
        '2025-06-10T03:00:00Z',
      ],
      ['no window means any time', '2025-06-10T01:00:00Z', undefined, 'Europe/Moscow', '2025-06-10T01:00:00Z'],
      // DST: New York springs forward on 2025-03-09 (EST -5 -> EDT -4) and falls back on 2025-11-02.
      [
        'before spring-forward, the start is EST',
        '2025-03-08T03:00:00Z',
        { from: '09:00', to: '17:00' },
        'America/New_York',
        '2025-03-08T14:00:00Z',
      ],
      [
        'on spring-forward day, the start is EDT',
        '2025-03-09T03:00:00Z',
        { from: '09:00', to: '17:00' },
        'America/New_York',
        '2025-03-09T13:00:00Z',
      ],
      [
        'a start inside the skipped hour opens when the clocks jump',
        '2025-03-09T05:00:00Z',
        { from: '02:30', to: '06:00' },
        'America/New_York',
        '2025-03-09T07:00:00Z',
      ],
      [
        'on fall-back day, the start is EST again',
        '2025-11-02T03:00:00Z',
        { from: '09:00', to: '17:00' },
        'America/New_York',
        '2025-11-02T14:00:00Z',
      ],
      [
        'a start in the repeated hour takes its first occurrence',
        '2025-11-02T04:00:00Z',
        { from: '01:30', to: '03:00' },
        'America/New_York',
        '2025-11-02T05:30:00Z',
      ],
      [
        'Europe/Berlin springs forward on 2025-03-30',
        '2025-03-29T20:00:00Z',
        { from: '08:00', to: '20:00' },
        'Europe/Berlin',
        '2025-03-30T06:00:00Z',
      ],
    ] as const)('%s', (_case, now, window, zone, expected) => {
      expect(nextContactTime(at(now), window, zone).toISOString()).toBe(new Date(expected).toISOString());
    });
  });

  it('says whether an instant is inside, with the end exclusive', () => {
    const window = { from: '22:00', to: '07:00' };
    expect(insideWindow(at('2025-06-10T19:00:00Z'), window, 'Europe/Moscow')).toBe(true); // 22:00
    expect(insideWindow(at('2025-06-10T18:59:00Z'), window, 'Europe/Moscow')).toBe(false); // 21:59
    expect(insideWindow(at('2025-06-10T03:59:00Z'), window, 'Europe/Moscow')).toBe(true); // 06:59
    expect(insideWindow(at('2025-06-10T04:00:00Z'), window, 'Europe/Moscow')).toBe(false); // 07:00
  });

  it('reads a zone in any letter case', () => {
    const window = { from: '09:00', to: '18:00' };
    expect(insideWindow(at('2025-06-10T06:30:00Z'), window, 'europe/moscow')).toBe(true); // 09:30
    expect(insideWindow(at('2025-06-10T05:30:00Z'), window, 'EUROPE/MOSCOW')).toBe(false); // 08:30
  });
});

describe('windowFor', () => {
  const rules = { contactWindows: 'respect' as const, defaultWindow: { from: '09:00', to: '21:00' } };
  const own = { from: '22:00', to: '02:00' };

  it("keeps the customer's own window for email and SMS, else the default", () => {
    expect(windowFor('email', own, rules)).toEqual(own);
    expect(windowFor('sms', null, rules)).toEqual(rules.defaultWindow);
  });

  it('keeps none for webhooks, nor when windows are ignored', () => {
    expect(windowFor('webhook', own, rules)).toBeNull();
    expect(windowFor('email', own, { ...rules, contactWindows: 'ignore' })).toBeNull();
  });
});

describe('parseContactWindow', () => {
  it.each([
    ['09:00-21:00', { from: '09:00', to: '21:00' }],
    [' 22:00-02:00 ', { from: '22:00', to: '02:00' }],
    ['9:00-21:00', null],
    ['09:00-24:00', null],
    ['09:00', null],
  ])('%s', (text, expected) => expect(parseContactWindow(text)).toEqual(expected));
});
