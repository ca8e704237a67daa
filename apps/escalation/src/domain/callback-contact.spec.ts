import { callTiming } from './callback-contact';

describe('callTiming', () => {
  const at = new Date('2025-06-10T07:30:00Z');

  it("tells the customer's local time and whether it falls in their window", () => {
    expect(callTiming(at, 'Europe/Moscow', { from: '09:00', to: '18:00' })).toEqual({
      timeZone: 'Europe/Moscow',
      localTime: '10:30',
      window: { from: '09:00', to: '18:00' },
      withinWindow: true,
    });
    expect(callTiming(at, 'Asia/Vladivostok', { from: '09:00', to: '17:00' })).toMatchObject({
      localTime: '17:30',
      withinWindow: false,
    });
  });

  it('handles a window across midnight, and no window as any time', () => {
    expect(callTiming(at, 'Asia/Tokyo', { from: '22:00', to: '07:00' }).withinWindow).toBe(false);
    expect(
      callTiming(new Date('2025-06-10T14:30:00Z'), 'Asia/Tokyo', { from: '22:00', to: '07:00' }).withinWindow,
    ).toBe(true);
    expect(callTiming(at, 'UTC', null)).toMatchObject({ localTime: '07:30', withinWindow: true });
  });
});
