import { CallbackUrlCheck, readCallbackUrlSettings } from './callback-url-check';

describe('callback URL settings', () => {
  it('has defaults: nothing allowed, 2 s to resolve, 10,000 names remembered for a minute', () => {
    const settings = readCallbackUrlSettings({});
    expect(settings).toMatchObject({ dnsTimeoutMs: 2000, dnsCacheSize: 10_000, dnsCacheTtlMs: 60_000 });
    expect(settings.allowed.allowsAddress('127.0.0.1')).toBe(false);
  });

  it.each([
    ['WEBHOOK_ALLOWED_HOSTS', 'hooks_internal'],
    ['CALLBACK_DNS_TIMEOUT', '2 seconds'],
    ['CALLBACK_DNS_CACHE_SIZE', '0'],
    ['CALLBACK_DNS_CACHE_TTL', '-1m'],
  ])('refuses a bad %s naming it', (name, value) => {
    expect(() => readCallbackUrlSettings({ [name]: value })).toThrow(`setting ${name}`);
  });
});

describe('CallbackUrlCheck', () => {
  const check = new CallbackUrlCheck(
    readCallbackUrlSettings({ WEBHOOK_ALLOWED_HOSTS: 'hooks.allowed.test,127.0.0.2' }),
  );

  it.each([
    [
      'http://127.0.0.1:3000/',
      'must be an http(s) URL of a public address: 127.0.0.1 is not a public address (loopback)',
    ],
    [
      'http://[::ffff:169.254.169.254]/',
      'must be an http(s) URL of a public address: ::ffff:a9fe:a9fe is not a public address (metadata)',
    ],
    ['gopher://127.0.0.1/', 'must be an http(s) URL of a public address: gopher: is not http(s)'],
  ])('names the problem with %s', async (url, problem) => {
    expect(await check.problem(url)).toBe(problem);
  });

  it.each(['http://hooks.allowed.test/x', 'http://127.0.0.2/x', 'https://[2606:4700:4700::1111]/x'])(
    'has none with %s',
    async (url) => {
      expect(await check.problem(url)).toBeNull();
    },
  );
});
