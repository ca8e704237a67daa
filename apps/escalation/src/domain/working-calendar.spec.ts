import { addWorkingTime, WorkingCalendar, workingTimeBetween } from './working-calendar';

const HOUR = 3_600_000;
const officeHours = { from: '09:00', to: '18:00' };
const paris: WorkingCalendar = {
  timeZone: 'Europe/Paris',
  hours: { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours },
  holidays: [],
};
const at = (iso: string): Date => new Date(iso);

describe('addWorkingTime', () => {
  it('counts wall-clock time without a calendar', () => {
    expect(addWorkingTime(at('2024-12-14T12:00:00Z'), 4 * HOUR, null)).toEqual(at('2024-12-14T16:00:00Z'));
  });

  it('adds within one working day on the zone clock', () => {
    // Monday 10:00 in Paris (UTC+1) plus 4h is 14:00 in Paris.
    expect(addWorkingTime(at('2024-12-09T09:00:00Z'), 4 * HOUR, paris)).toEqual(at('2024-12-09T13:00:00Z'));
  });

  it('ends exactly at closing time rather than at the next opening', () => {
    expect(addWorkingTime(at('2024-12-09T16:00:00Z'), 1 * HOUR, paris)).toEqual(at('2024-12-09T17:00:00Z'));
  });

  it('carries over midnight into the next working morning', () => {
    // Monday 17:00 + 2h: one hour on Monday, one from Tuesday 09:00.
    expect(addWorkingTime(at('2024-12-09T16:00:00Z'), 2 * HOUR, paris)).toEqual(at('2024-12-10T09:00:00Z'));
  });

  it('skips the weekend', () => {
    // Friday 16:00 + 4h: two hours on Friday, two on Monday from 09:00.
    expect(addWorkingTime(at('2024-12-13T15:00:00Z'), 4 * HOUR, paris)).toEqual(at('2024-12-16T10:00:00Z'));
  });

  it('skips a holiday after the weekend', () => {
    const withHoliday = { ...paris, holidays: ['2024-12-16'] };
    expect(addWorkingTime(at('2024-12-13T15:00:00Z'), 4 * HOUR, withHoliday)).toEqual(at('2024-12-17T10:00:00Z'));
  });

  it('reads holidays as dates on the zone clock', () => {
    // 23:30 UTC on the 15th is already the 16th in Tokyo, a holiday there: work resumes on the 17th.
    const tokyo: WorkingCalendar = { ...paris, timeZone: 'Asia/Tokyo', holidays: ['2024-12-16'] };
    expect(addWorkingTime(at('2024-12-15T23:30:00Z'), 1 * HOUR, tokyo)).toEqual(at('2024-12-17T01:00:00Z'));
  });

  it('starts counting at the next opening when started before hours', () => {
    expect(addWorkingTime(at('2024-12-09T06:00:00Z'), 30 * 60_000, paris)).toEqual(at('2024-12-09T08:30:00Z'));
  });

  it('starts counting on Monday when started on a Saturday', () => {
    expect(addWorkingTime(at('2024-12-14T12:00:00Z'), 1 * HOUR, paris)).toEqual(at('2024-12-16T09:00:00Z'));
  });

  it('follows the zone clock across the spring DST change', () => {
    // Friday 17:00 CET (UTC+1) + 2h ends Monday 10:00 CEST (UTC+2).
    expect(addWorkingTime(at('2024-03-29T16:00:00Z'), 2 * HOUR, paris)).toEqual(at('2024-04-01T08:00:00Z'));
  });

  it('follows the zone clock across the autumn DST change', () => {
    // Friday 17:00 CEST + 2h ends Monday 10:00 CET.
    expect(addWorkingTime(at('2024-10-25T15:00:00Z'), 2 * HOUR, paris)).toEqual(at('2024-10-28T09:00:00Z'));
  });

  it('counts the real length of a short DST day worked round the clock', () => {
    const allDay = { from: '00:00', to: '24:00' };
    const always: WorkingCalendar = {
      timeZone: 'Europe/Paris',
      hours: { sat: allDay, sun: allDay, mon: allDay },
      holidays: [],
    };
    // Sunday 31 March 2024 lasts 23 hours in Paris: 24h of work from Saturday noon is 24 real hours.
    expect(addWorkingTime(at('2024-03-30T11:00:00Z'), 24 * HOUR, always)).toEqual(at('2024-03-31T11:00:00Z'));
  });

  it('spans several weeks of working days', () => {
    // 5 days of working time at 9h a day: Monday 09:00 + 45h is the end of Friday; one more hour is next Monday 10:00.
    expect(addWorkingTime(at('2024-12-09T08:00:00Z'), 46 * HOUR, paris)).toEqual(at('2024-12-16T09:00:00Z'));
  });

  it('refuses a calendar that never opens', () => {
    expect(() => addWorkingTime(at('2024-12-09T08:00:00Z'), HOUR, { ...paris, hours: {} })).toThrow(/no working time/);
  });
});

describe('workingTimeBetween', () => {
  it('counts only the working hours between two instants', () => {
    expect(workingTimeBetween(at('2024-12-13T15:00:00Z'), at('2024-12-16T10:00:00Z'), paris)).toBe(4 * HOUR);
  });

  it('is zero outside hours and when the end is not after the start', () => {
    expect(workingTimeBetween(at('2024-12-14T08:00:00Z'), at('2024-12-15T20:00:00Z'), paris)).toBe(0);
    expect(workingTimeBetween(at('2024-12-16T10:00:00Z'), at('2024-12-13T15:00:00Z'), paris)).toBe(0);
  });

  it('undoes addWorkingTime', () => {
    for (const [start, duration] of [
      ['2024-12-13T15:00:00Z', 4 * HOUR],
      ['2024-03-29T16:00:00Z', 11 * HOUR],
      ['2024-12-14T12:00:00Z', 20 * HOUR],
    ] as const) {
      expect(workingTimeBetween(at(start), addWorkingTime(at(start), duration, paris), paris)).toBe(duration);
    }
  });

  it('is wall-clock time without a calendar', () => {
    expect(workingTimeBetween(at('2024-12-14T08:00:00Z'), at('2024-12-14T10:00:00Z'), null)).toBe(2 * HOUR);
  });
});

describe('the remembered instants and openings', () => {
  type Calendar = typeof import('./working-calendar');
  const fresh = (): Calendar => {
    let module: Calendar | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy, its remembered instants empty
      module = require('./working-calendar') as Calendar;
    });
    return module as Calendar;
  };
  const everyDay = (from: string, to: string) =>
    Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, { from, to }]));
  // Santiago skips midnight (00:00 -> 01:00) on 2024-09-08; Paris skips 02:00-03:00 on 2024-03-31 and reads 02:00-03:00
  // twice on 2024-10-27.
  const santiago = { timeZone: 'America/Santiago', hours: everyDay('00:00', '24:00'), holidays: ['2024-09-10'] };
  const paris = { timeZone: 'Europe/Paris', hours: everyDay('01:30', '03:30'), holidays: [] };
  const tokyo = { timeZone: 'Asia/Tokyo', hours: everyDay('09:00', '18:00'), holidays: ['2024-03-31'] };
  const lateShift = { timeZone: 'Asia/Tokyo', hours: everyDay('20:00', '24:00'), holidays: [] };
  // Pairs either side of a local midnight, some hours apart, so a day remembered for one would be wrong for the other.
  const cases: [WorkingCalendar, string][] = [
    [tokyo, '2024-03-30T14:30:00Z'],
    [tokyo, '2024-03-30T15:30:00Z'],
    [santiago, '2024-09-08T03:30:00Z'],
    [santiago, '2024-09-08T04:30:00Z'],
    [paris, '2024-10-26T21:30:00Z'],
    [paris, '2024-10-26T22:30:00Z'],
    [paris, '2024-03-30T22:30:00Z'],
    [paris, '2024-03-30T23:30:00Z'],
    [santiago, '2024-09-08T03:30:00Z'],
    [santiago, '2024-09-08T07:00:00Z'],
    [tokyo, '2024-03-29T14:30:00Z'],
    [tokyo, '2024-03-29T19:00:00Z'],
    [lateShift, '2024-03-29T14:00:00Z'],
    [lateShift, '2024-03-29T19:00:00Z'],
  ];
  const answers = (calendar: Calendar, order: number[]) =>
    order.map((index) => {
      const [plan, text] = cases[index % cases.length];
      const start = new Date(text);
      const end = calendar.addWorkingTime(start, (index + 1) * 1_800_000, plan);
      return [index, end.toISOString(), calendar.workingTimeBetween(start, end, plan)];
    });

  it('answers the same whatever was asked before, across clock changes', () => {
    const order = Array.from({ length: 24 }, (_, index) => index);
    const forwards = answers(fresh(), order);
    const backwards = answers(fresh(), [...order].reverse()).reverse();
    expect(backwards).toEqual(forwards);
    // And each answer is what a calendar asked nothing else before gives.
    for (const [index, end] of forwards) expect(answers(fresh(), [index as number])[0][1]).toBe(end);
    // Every working time found again is the duration added.
    for (const [index, , between] of forwards) expect(between).toBe(((index as number) + 1) * 1_800_000);
  });
});
