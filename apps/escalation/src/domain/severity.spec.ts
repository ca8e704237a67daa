import { deadlinesFrom } from './deadlines';
import { isSeverity, SlaPolicy, slaFor } from './severity';

const HOUR = 3_600_000;
const calendar = { timeZone: 'UTC', hours: { mon: { from: '09:00', to: '17:00' } }, holidays: [] };
const policy: SlaPolicy = {
  calendar,
  levels: {
    low: { acknowledgeWithinMs: 8 * HOUR, resolveWithinMs: 80 * HOUR },
    normal: { acknowledgeWithinMs: 4 * HOUR, resolveWithinMs: 40 * HOUR },
    high: { acknowledgeWithinMs: 2 * HOUR, resolveWithinMs: 16 * HOUR },
    critical: { acknowledgeWithinMs: 1 * HOUR, resolveWithinMs: 8 * HOUR },
  },
  criticalIgnoresHours: true,
};

describe('slaFor', () => {
  it('gives each severity its own deadlines on the department calendar', () => {
    expect(slaFor(policy, 'high')).toEqual({ levels: policy.levels.high, calendar });
  });

  it('runs critical on the wall clock when the department says so', () => {
    expect(slaFor(policy, 'critical')).toEqual({ levels: policy.levels.critical, calendar: null });
    expect(slaFor({ ...policy, criticalIgnoresHours: false }, 'critical').calendar).toBe(calendar);
  });
});

describe('deadlinesFrom with a calendar', () => {
  it('counts working time only', () => {
    // Monday 16:00 + 2h: one hour on Monday, the next one the Monday after (the only working day).
    const due = deadlinesFrom(new Date('2024-12-09T16:00:00Z'), policy.levels.high, calendar);
    expect(due.acknowledgeDueAt).toEqual(new Date('2024-12-16T10:00:00Z'));
  });
});

describe('isSeverity', () => {
  it('knows the four severities only', () => {
    expect(['low', 'normal', 'high', 'critical'].every(isSeverity)).toBe(true);
    expect(isSeverity('urgent')).toBe(false);
  });
});
