import { DeadlineWarning, nextWarning, parseWarningPercents, warningsOf } from './deadline-warnings';
import { WorkingCalendar } from './working-calendar';

const HOUR = 3_600_000;
const officeHours = { from: '09:00', to: '17:00' };
/** Mon-Fri 09:00-17:00 UTC, Wednesday 2024-12-11 a holiday. */
const office: WorkingCalendar = {
  timeZone: 'UTC',
  hours: { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours },
  holidays: ['2024-12-11'],
};
const at = (iso: string): Date => new Date(iso);
const brief = (warnings: DeadlineWarning[]) =>
  warnings.map((warning) => `${warning.deadline} ${warning.percent}% ${warning.at.toISOString()}`);

describe('parseWarningPercents', () => {
  it('reads a list of percentages, sorted', () => {
    expect(parseWarningPercents('90, 50,75')).toEqual([50, 75, 90]);
    expect(parseWarningPercents('')).toEqual([]);
    expect(parseWarningPercents('none')).toEqual([]);
  });

  it.each(['0', '100', '50,50', 'half', '50;75', '-5'])('refuses %p', (text) => {
    expect(parseWarningPercents(text)).toBeNull();
  });
});

describe('warningsOf', () => {
  it('places each percentage of each deadline on the wall clock without a calendar', () => {
    const since = at('2024-12-09T10:00:00Z');
    const level = {
      status: 'open' as const,
      since,
      acknowledgeDueAt: new Date(since.getTime() + 4 * HOUR),
      resolveDueAt: new Date(since.getTime() + 40 * HOUR),
    };
    expect(brief(warningsOf(level, [50, 75, 90], null))).toEqual([
      'acknowledge 50% 2024-12-09T12:00:00.000Z',
      'acknowledge 75% 2024-12-09T13:00:00.000Z',
      'acknowledge 90% 2024-12-09T13:36:00.000Z',
      'resolve 50% 2024-12-10T06:00:00.000Z',
      'resolve 75% 2024-12-10T16:00:00.000Z',
      'resolve 90% 2024-12-10T22:00:00.000Z',
    ]);
  });

  it('counts working time only, across a weekend and a holiday', () => {
    // Friday 13:00 with 16 working hours to resolve: 4 on Friday, none at the weekend, 8 on Monday, Tuesday 4h;
    // the deadline is Tuesday 13:00 and the holiday on Wednesday is not reached.
    const since = at('2024-12-06T13:00:00Z');
    const level = {
      status: 'acknowledged' as const,
      since,
      acknowledgeDueAt: at('2024-12-06T15:00:00Z'),
      resolveDueAt: at('2024-12-10T13:00:00Z'),
    };
    expect(brief(warningsOf(level, [25, 50, 75], office))).toEqual([
      'resolve 25% 2024-12-06T17:00:00.000Z',
      'resolve 50% 2024-12-09T13:00:00.000Z',
      // 12 working hours end at Monday's closing time (as deadlines do), not at Tuesday's opening.
      'resolve 75% 2024-12-09T17:00:00.000Z',
    ]);
    // From Tuesday 13:00, 8 working hours: Tuesday 4h, Wednesday a holiday, Thursday 4h (deadline Thursday 13:00).
    const later = { ...level, since: at('2024-12-10T13:00:00Z'), resolveDueAt: at('2024-12-12T13:00:00Z') };
    expect(brief(warningsOf(later, [50, 75], office))).toEqual([
      'resolve 50% 2024-12-10T17:00:00.000Z',
      'resolve 75% 2024-12-12T11:00:00.000Z',
    ]);
  });

  it('warns of nothing once resolved, and not of the acknowledge deadline once acknowledged', () => {
    const level = {
      status: 'resolved' as const,
      since: at('2024-12-09T10:00:00Z'),
      acknowledgeDueAt: at('2024-12-09T12:00:00Z'),
      resolveDueAt: at('2024-12-09T20:00:00Z'),
    };
    expect(warningsOf(level, [50], null)).toEqual([]);
    expect(brief(warningsOf({ ...level, status: 'acknowledged' }, [50], null))).toEqual([
      'resolve 50% 2024-12-09T15:00:00.000Z',
    ]);
  });
});

describe('nextWarning', () => {
  const since = at('2024-12-09T10:00:00Z');
  const level = {
    status: 'open' as const,
    since,
    acknowledgeDueAt: new Date(since.getTime() + 2 * HOUR),
    resolveDueAt: new Date(since.getTime() + 4 * HOUR),
  };

  it('walks the warnings in order, one after the other, keeping two that fall at the same instant', () => {
    const seen: string[] = [];
    for (let warning = nextWarning(level, [50, 75], null, null); warning;) {
      seen.push(...brief([warning]));
      warning = nextWarning(level, [50, 75], null, warning);
    }
    expect(seen).toEqual([
      'acknowledge 50% 2024-12-09T11:00:00.000Z',
      'acknowledge 75% 2024-12-09T11:30:00.000Z',
      'resolve 50% 2024-12-09T12:00:00.000Z',
      'resolve 75% 2024-12-09T13:00:00.000Z',
    ]);
    const same = { ...level, resolveDueAt: new Date(since.getTime() + 3 * HOUR) };
    const first = nextWarning(same, [50, 75], null, null) as DeadlineWarning;
    const second = nextWarning(same, [50, 75], null, nextWarning(same, [50, 75], null, first));
    // acknowledge 75% and resolve 50% both fall at 11:30.
    expect(brief([second as DeadlineWarning])).toEqual(['resolve 50% 2024-12-09T11:30:00.000Z']);
  });
});
