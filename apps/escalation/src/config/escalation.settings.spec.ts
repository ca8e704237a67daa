import { loadEscalationSettings } from './escalation.settings';

const base = { DATABASE_URL: 'postgres://localhost/x', KAFKA_BROKERS: 'localhost:9092' };

describe('loadEscalationSettings', () => {
  it('defaults to the contract: 4h to acknowledge, 5d to resolve', () => {
    const settings = loadEscalationSettings(base);
    expect(settings.serviceLevels).toEqual({ acknowledgeWithinMs: 4 * 3_600_000, resolveWithinMs: 5 * 86_400_000 });
    expect(settings.nearBreachWithinMs).toBe(3_600_000);
    expect(settings.adminToken).toBeNull();
    expect(settings.timers).toEqual({ pollIntervalMs: 100, batchSize: 1000, concurrency: 3 });
    expect(settings.maxPauseMs).toBe(72 * 3_600_000);
  });

  it('gives each severity its deadlines, normal being the contract ones', () => {
    const settings = loadEscalationSettings({
      ...base,
      ESCALATION_ACK_SLA: '3h',
      ESCALATION_ACK_SLA_CRITICAL: '15m',
      ESCALATION_RESOLVE_SLA_LOW: '20d',
    });
    expect(settings.severityLevels.normal).toEqual({
      acknowledgeWithinMs: 3 * 3_600_000,
      resolveWithinMs: 5 * 86_400_000,
    });
    expect(settings.severityLevels.critical).toEqual({ acknowledgeWithinMs: 15 * 60_000, resolveWithinMs: 86_400_000 });
    expect(settings.severityLevels.low.resolveWithinMs).toBe(20 * 86_400_000);
    expect(settings.severityLevels.high).toEqual({
      acknowledgeWithinMs: 2 * 3_600_000,
      resolveWithinMs: 2 * 86_400_000,
    });
  });

  it('reads the settings and names a bad one', () => {
    const settings = loadEscalationSettings({
      ...base,
      ESCALATION_ACK_SLA: '2s',
      ESCALATION_RESOLVE_SLA: '4s',
      ESCALATION_ADMIN_TOKEN: 'a-long-enough-admin-token',
    });
    expect(settings.serviceLevels).toEqual({ acknowledgeWithinMs: 2000, resolveWithinMs: 4000 });
    expect(settings.adminToken).toBe('a-long-enough-admin-token');
    expect(() => loadEscalationSettings({ ...base, ESCALATION_ACK_SLA: 'soon' })).toThrow(/ESCALATION_ACK_SLA/);
    expect(() => loadEscalationSettings({ ...base, ESCALATION_MAX_PAUSE: 'forever' })).toThrow(/ESCALATION_MAX_PAUSE/);
    expect(() => loadEscalationSettings({ ...base, ESCALATION_TIMER_BATCH: '0' })).toThrow(/ESCALATION_TIMER_BATCH/);
    expect(() => loadEscalationSettings({ ...base, ESCALATION_ADMIN_TOKEN: 'short' })).toThrow(
      /ESCALATION_ADMIN_TOKEN/,
    );
    // Shaped like another kind of token (`ra_` intake's admin), the console could not tell it is escalation's.
    expect(() =>
      loadEscalationSettings({ ...base, ESCALATION_ADMIN_TOKEN: 'ra_abcdefghijklmnopqrstuvwxyz0123' }),
    ).toThrow(/ESCALATION_ADMIN_TOKEN/);
    expect(() => loadEscalationSettings({ ...base, ESCALATION_ADMIN_TOKEN: 'long enough but spaced' })).toThrow(
      /ESCALATION_ADMIN_TOKEN/,
    );
  });
});

describe('loadEscalationSettings in production', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://escalation:k9-random-pw@db.internal/redress',
    KAFKA_BROKERS: 'kafka.internal:9092',
  };

  it('starts with its own database password and no broker credentials', () => {
    expect(loadEscalationSettings(production)).toMatchObject({
      service: 'escalation',
      databaseUrl: production.DATABASE_URL,
    });
  });

  it.each([
    [
      { DATABASE_URL: 'postgres://redress:redress@postgres:5432/redress' },
      /^setting DATABASE_URL uses the development password "redress"/,
    ],
    [{ DATABASE_URL: '' }, /^setting DATABASE_URL is required when NODE_ENV=production$/],
    [
      { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'admin', KAFKA_SASL_PASSWORD: 'admin-secret' },
      /^setting KAFKA_SASL_PASSWORD is a default or example password/,
    ],
  ])('refuses %p', (unsafe, line) => {
    expect(() => loadEscalationSettings({ ...production, ...unsafe })).toThrow(line);
  });

  it('lists every unsafe setting, one line each', () => {
    const unsafe = {
      ...production,
      DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5433/redress',
      KAFKA_SASL_USERNAME: 'svc',
    };
    expect(() => loadEscalationSettings(unsafe)).toThrow(
      /^setting DATABASE_URL uses .*\nsetting KAFKA_SASL_MECHANISM .*\nsetting KAFKA_SASL_PASSWORD is required .*$/,
    );
  });
});
