import { loadConsoleSettings } from './console.settings';

const KEY = { CONSOLE_INTAKE_API_KEY: 'rk_key', DATABASE_URL: 'postgres://db/redress' };
const PRODUCTION = {
  ...KEY,
  DATABASE_URL: 'postgres://console:k9-random-pw@db.internal/redress',
  NODE_ENV: 'production',
};

describe('loadConsoleSettings', () => {
  it('defaults to port 3004, the local services and an 8h session with a random secret', () => {
    const settings = loadConsoleSettings(KEY);
    expect(settings).toMatchObject({
      httpPort: 3004,
      upstream: { intake: 'http://127.0.0.1:3000', notifier: 'http://127.0.0.1:3003' },
      sessionTtlMs: 8 * 3600_000,
      secureCookies: false,
      ephemeralSecret: true,
    });
    expect(settings.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('starts with a random secret outside production when none is given, or an empty one', () => {
    expect(loadConsoleSettings({ ...KEY, CONSOLE_SESSION_SECRET: '', NODE_ENV: 'development' })).toMatchObject({
      ephemeralSecret: true,
    });
  });

  it('takes a long enough secret and a database password of its own in production', () => {
    const secret = 's'.repeat(32);
    expect(loadConsoleSettings({ ...PRODUCTION, CONSOLE_SESSION_SECRET: secret })).toMatchObject({
      sessionSecret: secret,
      ephemeralSecret: false,
    });
  });

  it('lists every unsafe setting at once in production, one line each', () => {
    expect(() =>
      loadConsoleSettings({
        ...KEY,
        DATABASE_URL: 'postgres://redress:redress@postgres/redress',
        NODE_ENV: 'production',
      }),
    ).toThrow(
      /^setting DATABASE_URL uses the development password "redress": .*\nsetting CONSOLE_SESSION_SECRET is required when NODE_ENV=production: give at least 32 random characters$/,
    );
  });

  it('takes the service URLs without a trailing slash and a given secret', () => {
    const secret = 's'.repeat(32);
    const settings = loadConsoleSettings({
      ...KEY,
      TRIAGE_URL: 'https://triage.internal/',
      CONSOLE_SESSION_SECRET: secret,
    });
    expect(settings.upstream.triage).toBe('https://triage.internal');
    expect(settings).toMatchObject({ sessionSecret: secret, ephemeralSecret: false });
  });

  it.each([
    [{ DATABASE_URL: KEY.DATABASE_URL }, /CONSOLE_INTAKE_API_KEY is required/],
    [{ CONSOLE_INTAKE_API_KEY: 'rk_key' }, /DATABASE_URL is required/],
    [{ ...KEY, CONSOLE_SESSION_SECRET: 'short' }, /at least 32 characters/],
    [
      { ...PRODUCTION, CONSOLE_SESSION_SECRET: 's'.repeat(31) },
      /^setting CONSOLE_SESSION_SECRET: use at least 32 characters$/,
    ],
    [PRODUCTION, /^setting CONSOLE_SESSION_SECRET is required when NODE_ENV=production/],
    [
      { ...PRODUCTION, CONSOLE_SESSION_SECRET: '' },
      /^setting CONSOLE_SESSION_SECRET is required when NODE_ENV=production/,
    ],
    [
      {
        ...PRODUCTION,
        DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5433/redress',
        CONSOLE_SESSION_SECRET: 's'.repeat(32),
      },
      /^setting DATABASE_URL uses the development password "postgres"/,
    ],
    [
      { ...PRODUCTION, DATABASE_URL: undefined, CONSOLE_SESSION_SECRET: 's'.repeat(32) },
      /^setting DATABASE_URL is required when NODE_ENV=production$/,
    ],
    [{ ...KEY, INTAKE_URL: 'ftp://intake' }, /INTAKE_URL: use an http\(s\) URL/],
    [{ ...KEY, ESCALATION_URL: 'not a url' }, /ESCALATION_URL: "not a url" is not a URL/],
    [{ ...KEY, CONSOLE_SESSION_TTL: 'forever' }, /CONSOLE_SESSION_TTL/],
  ])('refuses %p', (env, message) => {
    expect(() => loadConsoleSettings(env)).toThrow(message);
  });
});
