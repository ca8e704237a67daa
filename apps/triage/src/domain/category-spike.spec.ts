import { judgeInflow, poissonTail, sameHourLastWeeks } from './category-spike';

describe('category spikes', () => {
  it('computes the Poisson tail', () => {
    expect(poissonTail(0, 3)).toBe(1);
    expect(poissonTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    // P(X >= 3 | λ = 1) = 1 - e^-1 (1 + 1 + 1/2)
    expect(poissonTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * 2.5, 12);
    expect(poissonTail(400, 100)).toBeGreaterThan(0);
    expect(poissonTail(400, 100)).toBeLessThan(1e-60);
  });

  it('fires on a doubled week of a busy category', () => {
    // Late deliveries at the delivery touchpoint: about 40 an hour on Mondays at 10, now 80.
    const verdict = judgeInflow(80, [38, 41, 44, 37]);
    expect(verdict).toMatchObject({ spike: true, usual: 40 });
    expect(verdict.chance).toBeLessThan(1e-6);
  });

  it('does not fire on noise around the usual', () => {
    for (const current of [40, 47, 52, 55]) expect(judgeInflow(current, [38, 41, 44, 37]).spike).toBe(false);
  });

  it('does not fire on small numbers, however large the ratio', () => {
    expect(judgeInflow(3, [1, 1, 1, 1]).spike).toBe(false);
    expect(judgeInflow(6, [0, 0, 0, 0]).spike).toBe(false);
    expect(judgeInflow(9, [1, 0, 2, 1]).spike).toBe(false);
    // Enough complaints where there were none: a spike.
    expect(judgeInflow(12, [0, 0, 1, 0]).spike).toBe(true);
  });

  it('compares with the same weekday and hour of the last weeks', () => {
    const monday10 = Date.parse('2026-03-16T10:00:00Z');
    expect(sameHourLastWeeks(monday10, 3).map((at) => new Date(at).toISOString())).toEqual([
      '2026-02-23T10:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      '2026-03-09T10:00:00.000Z',
    ]);
  });
});
