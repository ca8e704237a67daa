import type { Department } from '@redress/http-api';
import { departmentFields, departmentRequest, durationText, formFieldOf } from './department-form';

const HOUR = 3_600_000;
const department: Department = {
  id: 'logistics',
  name: 'Logistics',
  chain: [
    { level: 1, id: 'a', name: 'Anna', email: null },
    { level: 2, id: 'b', name: 'Boris', email: 'boris@example.com' },
  ],
  sla: {
    calendar: { timeZone: 'Europe/Moscow', hours: { mon: { from: '09:00', to: '18:00' } }, holidays: ['2026-12-31'] },
    levels: {
      low: { acknowledgeWithinMs: 8 * HOUR, resolveWithinMs: 240 * HOUR },
      normal: { acknowledgeWithinMs: 4 * HOUR, resolveWithinMs: 120 * HOUR },
      high: { acknowledgeWithinMs: 2 * HOUR, resolveWithinMs: 48 * HOUR },
      critical: { acknowledgeWithinMs: 30 * 60_000, resolveWithinMs: 24 * HOUR },
    },
    criticalIgnoresHours: true,
  },
  updatedAt: '2026-12-01T10:00:00.000Z',
} as Department;

describe('the department form', () => {
  it('writes durations in their largest whole unit', () => {
    expect([durationText(120 * HOUR), durationText(4 * HOUR), durationText(1_800_000), durationText(1500)]).toEqual([
      '5d',
      '4h',
      '30m',
      '1500ms',
    ]);
  });

  it('sends back what it showed, leaving the deadlines to the settings when none was changed', () => {
    const shown = departmentFields(department);
    expect(departmentRequest(shown, shown, 3)).toEqual({
      name: 'Logistics',
      chain: [
        { id: 'a', name: 'Anna', email: undefined },
        { id: 'b', name: 'Boris', email: 'boris@example.com' },
      ],
      calendar: {
        timeZone: 'Europe/Moscow',
        hours: { mon: { from: '09:00', to: '18:00' } },
        holidays: ['2026-12-31'],
        criticalIgnoresHours: true,
      },
    });
  });

  it('adds a level, drops a cleared one, clears the calendar and sends all deadlines once one changed', () => {
    const shown = departmentFields(department);
    const posted = {
      ...shown,
      'chain.0.name': '',
      'chain.2.name': 'Vera',
      timeZone: '',
      'sla.high.acknowledgeWithin': '1h',
    };
    const request = departmentRequest(posted, shown, 3) as Record<string, unknown>;
    expect(request.chain).toEqual([
      { id: 'b', name: 'Boris', email: 'boris@example.com' },
      { id: undefined, name: 'Vera', email: undefined },
    ]);
    expect(request.calendar).toBeNull();
    expect(request.serviceLevels).toMatchObject({
      high: { acknowledgeWithin: '1h', resolveWithin: '2d' },
      low: { acknowledgeWithin: '8h', resolveWithin: '10d' },
    });
  });

  it('keeps a deadline left blank as it was shown', () => {
    const shown = departmentFields(department);
    const blank = { ...shown, 'sla.low.acknowledgeWithin': '', 'sla.low.resolveWithin': '' };
    expect(departmentRequest(blank, shown, 3)).not.toHaveProperty('serviceLevels');
    const request = departmentRequest({ ...blank, 'sla.critical.resolveWithin': '12h' }, shown, 3) as Record<
      string,
      unknown
    >;
    expect(request.serviceLevels).toMatchObject({
      low: { acknowledgeWithin: '8h' },
      critical: { resolveWithin: '12h' },
    });
  });

  it("names escalation's bad fields by the form's inputs", () => {
    expect(formFieldOf('calendar.hours.mon.from')).toBe('hours.mon.from');
    expect(formFieldOf('calendar.hours')).toBe('hours.mon.from');
    expect(formFieldOf('serviceLevels.high.acknowledgeWithin')).toBe('sla.high.acknowledgeWithin');
    expect(formFieldOf('calendar.holidays.0')).toBe('holidays');
    expect(formFieldOf('chain.1.name')).toBe('chain.1.name');
  });
});
