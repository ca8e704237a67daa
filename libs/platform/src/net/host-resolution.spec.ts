import { cachedResolver } from './host-resolution';

describe('cachedResolver', () => {
  let clock = 0;
  let asked: string[] = [];
  const answers: Record<string, string[]> = {
    'a.example': ['93.184.215.14'],
    'b.example': ['1.1.1.1'],
    'c.example': ['8.8.8.8'],
  };
  const dns = async (hostname: string) => {
    asked.push(hostname);
    const addresses = answers[hostname];
    if (!addresses) throw new Error(`${hostname} does not resolve`);
    return addresses;
  };

  beforeEach(() => {
    clock = 0;
    asked = [];
  });

  it('asks DNS once per name until the answer is older than the TTL', async () => {
    const resolve = cachedResolver(dns, { size: 10, ttlMs: 1000 }, () => clock);
    expect(await resolve('a.example')).toEqual(['93.184.215.14']);
    clock = 999;
    expect(await resolve('a.example')).toEqual(['93.184.215.14']);
    expect(asked).toEqual(['a.example']);
    clock = 1000;
    await resolve('a.example');
    expect(asked).toEqual(['a.example', 'a.example']);
  });

  it('forgets the least recently used name beyond its size', async () => {
    const resolve = cachedResolver(dns, { size: 2, ttlMs: 60_000 }, () => clock);
    await resolve('a.example');
    await resolve('b.example');
    await resolve('a.example');
    await resolve('c.example');
    asked = [];
    await resolve('a.example');
    await resolve('c.example');
    expect(asked).toEqual([]);
    await resolve('b.example');
    expect(asked).toEqual(['b.example']);
  });

  it('does not remember failures', async () => {
    const resolve = cachedResolver(dns, { size: 10, ttlMs: 60_000 }, () => clock);
    await expect(resolve('new.example')).rejects.toThrow('does not resolve');
    answers['new.example'] = ['9.9.9.9'];
    await expect(resolve('new.example')).resolves.toEqual(['9.9.9.9']);
  });

  it('asks once for concurrent requests of one name', async () => {
    const resolve = cachedResolver(dns, { size: 10, ttlMs: 60_000 }, () => clock);
    await Promise.all([resolve('b.example'), resolve('b.example'), resolve('b.example')]);
    expect(asked).toEqual(['b.example']);
  });
});
