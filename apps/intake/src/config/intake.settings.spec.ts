import { loadIntakeSettings } from './intake.settings';

const BASE = { DATABASE_URL: 'postgres://x', KAFKA_BROKERS: 'b:9092' };

describe('loadIntakeSettings: the rate limit per client system', () => {
  it('defaults to 200 a second with a burst of 200', () => {
    expect(loadIntakeSettings(BASE).rateLimit).toEqual({ count: 200, periodMs: 1000, burst: 200 });
  });

  it.each([
    ['50/s', undefined, { count: 50, periodMs: 1000, burst: 50 }],
    ['600/m', '20', { count: 600, periodMs: 60_000, burst: 20 }],
    ['50/10s', undefined, { count: 50, periodMs: 10_000, burst: 50 }],
    [' 5/s ', '1', { count: 5, periodMs: 1000, burst: 1 }],
  ])('reads %p with burst %p', (rate, burst, limit) => {
    expect(loadIntakeSettings({ ...BASE, INTAKE_RATE_LIMIT: rate, INTAKE_RATE_BURST: burst }).rateLimit).toEqual(limit);
  });

  it.each(['off', '0'])('is switched off by %p', (rate) => {
    expect(loadIntakeSettings({ ...BASE, INTAKE_RATE_LIMIT: rate }).rateLimit).toBeNull();
  });

  it.each([
    [{ INTAKE_RATE_LIMIT: '50' }, /^setting INTAKE_RATE_LIMIT: "50" is not a rate like 200\/s/],
    [{ INTAKE_RATE_LIMIT: '50/sec' }, /INTAKE_RATE_LIMIT/],
    [{ INTAKE_RATE_LIMIT: '0/s' }, /INTAKE_RATE_LIMIT/],
    [{ INTAKE_RATE_LIMIT: '-5/s' }, /INTAKE_RATE_LIMIT/],
    [{ INTAKE_RATE_LIMIT: '5/0s' }, /INTAKE_RATE_LIMIT: "5\/0s" has an empty period/],
    [{ INTAKE_RATE_BURST: '0' }, /^setting INTAKE_RATE_BURST: "0" is not a whole number of 1 or more/],
  ])('refuses %p', (env, message) => {
    expect(() => loadIntakeSettings({ ...BASE, ...env })).toThrow(message);
  });
});
