import { BoundedTokenBuckets } from './bounded-token-buckets';

describe('BoundedTokenBuckets', () => {
  it('allows a burst, then refills at the rate per minute', () => {
    const buckets = new BoundedTokenBuckets(60, 3, 10);
    expect([1, 2, 3, 4].map(() => buckets.take('a', 0))).toEqual([true, true, true, false]);
    expect(buckets.take('b', 0)).toBe(true);
    expect(buckets.take('a', 999)).toBe(false);
    expect(buckets.take('a', 1000)).toBe(true);
  });

  it('keeps at most maxKeys, forgetting the least recently used', () => {
    const buckets = new BoundedTokenBuckets(1, 1, 2);
    expect(buckets.take('a', 0)).toBe(true);
    expect(buckets.take('b', 0)).toBe(true);
    expect(buckets.take('a', 0)).toBe(false);
    expect(buckets.take('c', 0)).toBe(true);
    expect(buckets.size).toBe(2);
    // a, used more recently, is still empty; b was forgotten and starts full again.
    expect(buckets.take('a', 0)).toBe(false);
    expect(buckets.take('b', 0)).toBe(true);
  });
});
