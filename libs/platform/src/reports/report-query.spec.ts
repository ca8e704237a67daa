import { InvalidRequestException } from '../http/validation';
import { reportWindow } from './report-query';
import { reportFormat } from './report-output';

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRequestException) return (error.getResponse() as any).errors[0].field;
    throw error;
  }
  return undefined;
};

describe('report window', () => {
  const now = new Date('2026-06-15T12:00:00Z');

  it('reads days as UTC midnight and instants with their zone', () => {
    expect(reportWindow({ from: '2026-03-01', to: '2026-04-01T03:00:00+03:00' }, now)).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
    });
  });

  it('covers the last 30 days up to now without from and to', () => {
    expect(reportWindow({}, now)).toEqual({ from: new Date('2026-05-16T12:00:00Z'), to: now });
  });

  it('refuses impossible dates, reversed or empty periods and more than a year, naming the field', () => {
    expect(fieldOf(() => reportWindow({ from: '2026-02-31' }, now))).toBe('from');
    expect(fieldOf(() => reportWindow({ to: '1970-01-01' }, now))).toBe('to');
    expect(fieldOf(() => reportWindow({ from: '2026-05-01', to: '2026-05-01' }, now))).toBe('from');
    expect(fieldOf(() => reportWindow({ from: '2026-06-01', to: '2026-05-01' }, now))).toBe('from');
    expect(fieldOf(() => reportWindow({ from: '2025-01-01', to: '2026-01-03' }, now))).toBe('to');
    expect(fieldOf(() => reportWindow({ from: '2025-01-01', to: '2026-01-02' }, now))).toBeUndefined();
  });
});

describe('report format', () => {
  it('is CSV for a .csv path or an Accept naming text/csv, JSON otherwise', () => {
    expect(reportFormat({ url: '/reports/sla.csv?from=2026-01-01', headers: {} })).toBe('csv');
    expect(reportFormat({ url: '/reports/sla', headers: { accept: 'text/csv' } })).toBe('csv');
    expect(reportFormat({ url: '/reports/sla', headers: { accept: 'application/json, text/csv;q=0.5' } })).toBe('csv');
    expect(reportFormat({ url: '/reports/sla', headers: { accept: 'application/json' } })).toBe('json');
    expect(reportFormat({ url: '/reports/sla?x=.csv', headers: {} })).toBe('json');
  });
});
