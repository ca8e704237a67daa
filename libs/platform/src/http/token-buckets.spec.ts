import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  // 10 a second, 3 at once: a token every 100 ms, full again 300 ms after the last use.
  const limit = { count: 10, periodMs: 1000, burst: 3 };

  it('lets a burst through, then one request per refill, and says how long to wait', () => {
    const buckets = new TokenBuckets(limit);
    expect([0, 1, 2].map(() => buckets.take('a', 1000))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 1000)).toBe(100);
    expect(buckets.take('a', 1040)).toBe(60);
    expect(buckets.take('a', 1100)).toBe(0);
    expect(buckets.take('a', 1100)).toBe(100);
  });

  it('keeps each key to its own bucket', () => {
    const buckets = new TokenBuckets(limit);
    for (let i = 0; i < 3; i++) buckets.take('greedy', 0);
    expect(buckets.take('greedy', 0)).toBeGreaterThan(0);
    expect(buckets.take('quiet', 0)).toBe(0);
  });

  it('never holds more than the burst, however long a key was quiet', () => {
    const buckets = new TokenBuckets(limit);
    buckets.take('a', 0);
    expect([0, 1, 2].map(() => buckets.take('a', 60_000))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 60_000)).toBeGreaterThan(0);
  });

  it('forgets the keys idle long enough to be full again, and only those', () => {
    const buckets = new TokenBuckets(limit);
    for (let key = 0; key < 1000; key++) buckets.take(`old-${key}`, 0);
    buckets.take('recent', 250);
    expect(buckets.size).toBe(1001);
    buckets.take('new', 300);
    expect(buckets.size).toBe(2);
    // A forgotten key starts again with a full bucket, as it would have had anyway.
    expect([0, 1, 2].map(() => buckets.take('old-1', 300))).toEqual([0, 0, 0]);
  });

  it('works with a slow rate: one a minute', () => {
    const buckets = new TokenBuckets({ count: 1, periodMs: 60_000, burst: 2 });
    expect([buckets.take('a', 0), buckets.take('a', 0)]).toEqual([0, 0]);
    expect(buckets.take('a', 0)).toBe(60_000);
    expect(buckets.take('a', 59_000)).toBe(1_000);
    expect(buckets.take('a', 60_000)).toBe(0);
  });

  it('keeps at most maxKeys, forgetting the least recently used', () => {
    const buckets = new TokenBuckets({ count: 1, periodMs: 60_000, burst: 1 }, 2);
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('b', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBeGreaterThan(0);
    expect(buckets.take('c', 0)).toBe(0);
    expect(buckets.size).toBe(2);
    // a, used more recently, is still empty; b was forgotten and starts full again.
    expect(buckets.take('a', 0)).toBeGreaterThan(0);
    expect(buckets.take('b', 0)).toBe(0);
  });
});
