import { AssignmentState } from './assignment';
import { resumedState, startWaiting } from './pause';

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
