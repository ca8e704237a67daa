import { wallClock, zoneReading } from './zone-clock';

describe('zone clock', () => {
  it('reads the clock of a zone, hour 0-23', () => {
    expect(zoneReading(new Date('2024-12-31T21:30:15.250Z'), 'Europe/Moscow')).toEqual({
      year: 2025,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      second: 15,
    });
  });

  it('follows daylight saving time', () => {
    expect(zoneReading(Date.parse('2024-07-01T12:00:00Z'), 'Europe/Berlin').hour).toBe(14);
    expect(zoneReading(Date.parse('2024-01-01T12:00:00Z'), 'Europe/Berlin').hour).toBe(13);
  });

  it('gives the wall clock as if it were UTC, milliseconds dropped', () => {
    expect(new Date(wallClock(Date.parse('2024-03-10T12:00:00.999Z'), 'America/New_York')).toISOString()).toBe(
      '2024-03-10T08:00:00.000Z',
    );
  });

  it('refuses an unknown zone', () => {
    expect(() => zoneReading(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
