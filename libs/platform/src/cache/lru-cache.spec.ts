import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('never holds more than its capacity, however many keys arrive', () => {
    const cache = new LruCache<string, number>(3);
    for (let index = 0; index < 10_000; index++) cache.set(`zone-${index}`, index);
    expect(cache.size).toBe(3);
    expect([cache.get('zone-9997'), cache.get('zone-9998'), cache.get('zone-9999')]).toEqual([9997, 9998, 9999]);
    expect(cache.get('zone-0')).toBeUndefined();
  });

  it('drops the least recently used entry, not the oldest inserted', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('computes a missing value once and remembers falsy values too', () => {
    const cache = new LruCache<string, boolean>(2);
    const compute = jest.fn(() => false);
    expect(cache.getOrCompute('Mars/Olympus', compute)).toBe(false);
    expect(cache.getOrCompute('Mars/Olympus', compute)).toBe(false);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('refuses a capacity below one', () => {
    expect(() => new LruCache(0)).toThrow(/at least one/);
  });
});
