import { AssignmentState } from './assignment';
import { nextWarning } from './deadline-warnings';
import { resumedLevelStart, resumedState, startWaiting } from './pause';

const HOUR = 3_600_000;
const state: AssignmentState = {
  status: 'acknowledged',
  level: 1,
  ownerId: 'o1',
  acknowledgeDueAt: new Date('2024-12-09T10:00:00Z'),
  resolveDueAt: new Date('2024-12-13T16:00:00Z'),
  breachedAt: null,
  breachReason: null,
};
const owner = { ownerId: 'o1', level: 1 };
const now = new Date('2024-12-09T12:00:00Z');

describe('startWaiting', () => {
  it('ends by itself once all pauses reach the maximum', () => {
    expect(startWaiting(state, { waitingSince: null, pausedMs: 2 * HOUR }, owner, now, 72 * HOUR)).toEqual(
      new Date(now.getTime() + 70 * HOUR),
    );
  });

  it('refuses a second pause, a used-up allowance, a resolved assignment and someone below', () => {
    expect(() => startWaiting(state, { waitingSince: now, pausedMs: 0 }, owner, now, HOUR)).toThrow(
      expect.objectContaining({ code: 'ASSIGNMENT.WAITING' }),
    );
    expect(() => startWaiting(state, { waitingSince: null, pausedMs: HOUR }, owner, now, HOUR)).toThrow(
      expect.objectContaining({ code: 'ASSIGNMENT.PAUSE_USED_UP' }),
    );
    expect(() =>
      startWaiting({ ...state, status: 'resolved' }, { waitingSince: null, pausedMs: 0 }, owner, now, HOUR),
    ).toThrow(expect.objectContaining({ code: 'ASSIGNMENT.RESOLVED' }));
    expect(() => startWaiting({ ...state, level: 2 }, { waitingSince: null, pausedMs: 0 }, owner, now, HOUR)).toThrow(
      expect.objectContaining({ code: 'ASSIGNMENT.ABOVE_YOUR_LEVEL' }),
    );
  });
});

describe('resumedState', () => {
  it('moves both deadlines by the wall-clock pause without a calendar', () => {
    const resumed = resumedState(state, now, new Date(now.getTime() + 3 * HOUR), null);
    expect(resumed.acknowledgeDueAt).toEqual(new Date('2024-12-09T13:00:00Z'));
    expect(resumed.resolveDueAt).toEqual(new Date('2024-12-13T19:00:00Z'));
  });

  it('moves them by the working time paused only', () => {
    const office = { from: '09:00', to: '17:00' };
    const calendar = {
      timeZone: 'UTC',
      hours: { mon: office, tue: office, wed: office, thu: office, fri: office },
      holidays: [],
    };
    // Paused from Friday 15:00 to Monday 10:00: 3 working hours; the Friday 16:00 deadline moves to Monday 11:00.
    const resumed = resumedState(state, new Date('2024-12-13T15:00:00Z'), new Date('2024-12-16T10:00:00Z'), calendar);
    expect(resumed.resolveDueAt).toEqual(new Date('2024-12-16T11:00:00Z'));
  });
});

describe('resumedLevelStart', () => {
  const office = { from: '09:00', to: '17:00' };
  const calendar = {
    timeZone: 'UTC',
    hours: { mon: office, tue: office, wed: office, thu: office, fri: office },
    holidays: [],
  };

  it('moves the warnings on by the pause, so they keep their places on the running clock', () => {
    // Open from 08:00 with a 4 h acknowledge deadline (12:00): 50% at 10:00, 75% at 11:00. Paused 09:00-11:00.
    const open: AssignmentState = { ...state, status: 'open', acknowledgeDueAt: new Date('2024-12-09T12:00:00Z') };
    const since = new Date('2024-12-09T08:00:00Z');
    const waitingSince = new Date('2024-12-09T09:00:00Z');
    const resumeAt = new Date('2024-12-09T11:00:00Z');
    const resumed = resumedState(open, waitingSince, resumeAt, null);
    const start = resumedLevelStart(since, waitingSince, resumeAt, null);
    expect(start).toEqual(new Date('2024-12-09T10:00:00Z'));
    expect(resumed.acknowledgeDueAt).toEqual(new Date('2024-12-09T14:00:00Z'));
    // The 50% warning, not yet given when the clock stopped at 25%, falls two hours later: 12:00, not 11:00.
    expect(nextWarning({ ...resumed, since: start }, [50, 75], null, null)).toEqual({
      deadline: 'acknowledge',
      percent: 50,
      at: new Date('2024-12-09T12:00:00Z'),
    });
  });

  it('counts only the working time paused', () => {
    // Level since Friday 16:00, paused Friday 16:30 to Monday 09:30: one working hour paused (half an hour each side
    // of the weekend), so its warnings count from one working hour after Friday 16:00: Friday's close.
    expect(
      resumedLevelStart(
        new Date('2024-12-13T16:00:00Z'),
        new Date('2024-12-13T16:30:00Z'),
        new Date('2024-12-16T09:30:00Z'),
        calendar,
      ),
    ).toEqual(new Date('2024-12-13T17:00:00Z'));
  });
});
