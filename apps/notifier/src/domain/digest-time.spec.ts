import { nextDigestAt } from './digest-time';

describe('nextDigestAt', () => {
  it("takes today's hour on the person's clock when it is still ahead", () => {
    // 05:30 in Moscow (UTC+3): 09:00 Moscow is 06:00 UTC the same day.
    expect(nextDigestAt(new Date('2024-12-09T02:30:00Z'), 9, 'Europe/Moscow')).toEqual(
      new Date('2024-12-09T06:00:00Z'),
    );
  });

  it("takes tomorrow's once today's has passed, or is now", () => {
    expect(nextDigestAt(new Date('2024-12-09T07:00:00Z'), 9, 'Europe/Moscow')).toEqual(
      new Date('2024-12-10T06:00:00Z'),
    );
    expect(nextDigestAt(new Date('2024-12-09T06:00:00Z'), 9, 'Europe/Moscow')).toEqual(
      new Date('2024-12-10T06:00:00Z'),
    );
  });

  it('follows the clock change of the zone', () => {
    // New York: 08:00 is 13:00 UTC in winter and 12:00 UTC after the change on 2024-03-10.
    expect(nextDigestAt(new Date('2024-03-09T14:00:00Z'), 8, 'America/New_York')).toEqual(
      new Date('2024-03-10T12:00:00Z'),
    );
    expect(nextDigestAt(new Date('2024-03-08T12:00:00Z'), 8, 'America/New_York')).toEqual(
      new Date('2024-03-08T13:00:00Z'),
    );
  });

  it('crosses the date line of the zone', () => {
    // 23:30 UTC is already 08:30 the next day in Tokyo; its 09:00 is 30 minutes away.
    expect(nextDigestAt(new Date('2024-12-09T23:30:00Z'), 9, 'Asia/Tokyo')).toEqual(new Date('2024-12-10T00:00:00Z'));
  });
});
