import { deadlinesFrom } from './deadlines';

describe('deadlinesFrom', () => {
  it('starts both deadlines from the hand-over', () => {
    const start = new Date('2026-11-23T10:00:00Z');
    expect(deadlinesFrom(start, { acknowledgeWithinMs: 4 * 3_600_000, resolveWithinMs: 5 * 86_400_000 })).toEqual({
      acknowledgeDueAt: new Date('2026-11-23T14:00:00Z'),
      resolveDueAt: new Date('2026-11-28T10:00:00Z'),
    });
  });
});
