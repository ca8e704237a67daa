import { RevocableCache } from './revocable-cache';

describe('RevocableCache', () => {
  let now: number;
  let version: string;
  let loads: string[];
  let cache: RevocableCache<string>;
  /** A look-up of `key` that finds it, or not (`found: false`, as for an unknown or revoked key). */
  const load =
    (key: string, found = true) =>
    () => {
      loads.push(key);
      return Promise.resolve(found ? `value of ${key}` : undefined);
    };

  beforeEach(async () => {
    now = 0;
    version = 'v1';
    loads = [];
    cache = new RevocableCache<string>({
      maxEntries: 3,
      pollMs: 250,
      trustForMs: 1000,
      readVersion: async () => version,
      now: () => now,
    });
    await cache.refresh();
  });

  it('loads a key once while the version is unchanged and recently read', async () => {
    expect(await cache.get('a', load('a'))).toBe('value of a');
    now = 900;
    expect(await cache.get('a', load('a'))).toBe('value of a');
    expect(loads).toEqual(['a']);
  });

  it('forgets everything when the version changes', async () => {
    await cache.get('a', load('a'));
    version = 'v2';
    await cache.refresh();
    expect(await cache.get('a', load('a', false))).toBeUndefined();
    expect(loads).toEqual(['a', 'a']);
  });

  it('bypasses the cache once the version has not been read for trustForMs', async () => {
    await cache.get('a', load('a'));
    now = 1000;
    await cache.get('a', load('a'));
    expect(loads).toEqual(['a', 'a']);
    await cache.refresh();
    await cache.get('a', load('a'));
    expect(loads).toEqual(['a', 'a']);
  });

  it('does not remember a look-up that raced with a revocation', async () => {
    let finish!: (value: string) => void;
    const pending = cache.get('a', () => new Promise((resolve) => (finish = resolve)));
    version = 'v2';
    await cache.refresh();
    finish('read before the revocation');
    await pending;
    await cache.get('a', load('a'));
    expect(loads).toEqual(['a']);
  });

  it('never remembers a miss', async () => {
    await cache.get('x', load('x', false));
    await cache.get('x', load('x', false));
    expect(loads).toEqual(['x', 'x']);
  });

  it('keeps at most maxEntries, forgetting the oldest', async () => {
    for (const key of ['a', 'b', 'c', 'd']) await cache.get(key, load(key));
    expect(cache.size).toBe(3);
    await cache.get('a', load('a'));
    await cache.get('d', load('d'));
    expect(loads).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
