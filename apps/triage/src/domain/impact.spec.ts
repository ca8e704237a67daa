import { impactOf, impactWeight } from './impact';

describe('impact', () => {
  it('weights complaints by dissatisfaction', () => {
    expect([impactWeight('outraged'), impactWeight('upset'), impactWeight('mild')]).toEqual([3, 2, 1]);
    expect(impactOf({ outraged: 2, upset: 1, mild: 4 })).toBe(12);
    expect(impactOf({})).toBe(0);
  });

  it('puts a few outraged customers above more mild ones', () => {
    expect(impactOf({ outraged: 4 })).toBeGreaterThan(impactOf({ mild: 10 }));
  });
});
