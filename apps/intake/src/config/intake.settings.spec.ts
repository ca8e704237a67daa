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

describe('loadIntakeSettings in production', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://intake:k9-random-pw@db.internal/redress',
    KAFKA_BROKERS: 'kafka.internal:9092',
    WEBHOOK_SIGNING_KEY: 'q7Vt1m0b8yXc3LrZ5wK2pN6dF4hJ9sGa',
    INTAKE_SERVICE_TOKEN: 'Zr4pW8nQ1vK6sT3yB9mH2cX5dL7fJ0gA',
  };

  it('starts with its own database password and no broker credentials', () => {
    expect(loadIntakeSettings(production)).toMatchObject({ service: 'intake', databaseUrl: production.DATABASE_URL });
  });

  it.each([
    [
      { DATABASE_URL: 'postgres://redress:redress@postgres:5432/redress' },
      /^setting DATABASE_URL uses the development password "redress"/,
    ],
    [{ DATABASE_URL: '' }, /^setting DATABASE_URL is required when NODE_ENV=production$/],
    [{ WEBHOOK_SIGNING_KEY: '' }, /^setting WEBHOOK_SIGNING_KEY is required when NODE_ENV=production/],
    [
      { WEBHOOK_SIGNING_KEY: 'redress-local-webhook-signing-key-not-for-production' },
      /^setting WEBHOOK_SIGNING_KEY is the public development value/,
    ],
    [{ INTAKE_SERVICE_TOKEN: '' }, /^setting INTAKE_SERVICE_TOKEN is required when NODE_ENV=production/],
    [
      { INTAKE_SERVICE_TOKEN: 'redress-local-intake-service-token-not-for-production' },
      /^setting INTAKE_SERVICE_TOKEN is the public development value/,
    ],
    [
      { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'admin', KAFKA_SASL_PASSWORD: 'admin-secret' },
      /^setting KAFKA_SASL_PASSWORD is a default or example password/,
    ],
  ])('refuses %p', (unsafe, line) => {
    expect(() => loadIntakeSettings({ ...production, ...unsafe })).toThrow(line);
  });

  it('lists every unsafe setting, one line each', () => {
    const unsafe = {
      ...production,
      DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5433/redress',
      KAFKA_SASL_USERNAME: 'svc',
    };
    expect(() => loadIntakeSettings(unsafe)).toThrow(
      /^setting DATABASE_URL uses .*\nsetting KAFKA_SASL_MECHANISM .*\nsetting KAFKA_SASL_PASSWORD is required .*$/,
    );
  });
});

describe('loadIntakeSettings: how complaints are validated', () => {
  it('uses the compiled validator unless told otherwise', () => {
    expect(loadIntakeSettings(BASE).validation).toBe('compiled');
    expect(loadIntakeSettings({ ...BASE, INTAKE_VALIDATION: 'reference' }).validation).toBe('reference');
  });

  it('refuses any other mode', () => {
    expect(() => loadIntakeSettings({ ...BASE, INTAKE_VALIDATION: 'fast' })).toThrow(
      /^setting INTAKE_VALIDATION: "fast" is neither/,
    );
  });
});

describe('loadIntakeSettings: the change feed and key rotation', () => {
  it('numbers changes every 200 ms, keeps them 30 days and a rotated-out key for 24 h by default', () => {
    expect(loadIntakeSettings(BASE)).toMatchObject({
      changeFeedIntervalMs: 200,
      changeFeedRetentionMs: 30 * 86_400_000,
      apiKeyOverlapMs: 86_400_000,
    });
    expect(loadIntakeSettings({ ...BASE, CHANGE_FEED_RETENTION: '1m' }).changeFeedRetentionMs).toBe(60_000);
  });

  it.each([
    [{ CHANGE_FEED_INTERVAL: '5ms' }, /CHANGE_FEED_INTERVAL must be at least 10ms/],
    [{ CHANGE_FEED_INTERVAL: 'often' }, /^setting CHANGE_FEED_INTERVAL/],
    [{ CHANGE_FEED_RETENTION: '30s' }, /CHANGE_FEED_RETENTION must be at least 1m/],
    [{ API_KEY_OVERLAP: 'a day' }, /^setting API_KEY_OVERLAP/],
    [{ PERSONAL_DATA_RETENTION: '3y' }, /^setting PERSONAL_DATA_RETENTION/],
    [{ PERSONAL_DATA_SWEEP_INTERVAL: '500ms' }, /PERSONAL_DATA_SWEEP_INTERVAL must be at least 1s/],
    [{ PERSONAL_DATA_SWEEP_BATCH: '0' }, /^setting PERSONAL_DATA_SWEEP_BATCH/],
  ])('refuses %p', (env, message) => {
    expect(() => loadIntakeSettings({ ...BASE, ...env })).toThrow(message);
  });

  it('keeps personal data three years after closure and sweeps daily in batches of 500, unless told otherwise', () => {
    expect(loadIntakeSettings(BASE).retention).toEqual({
      afterClosureMs: 1095 * 86_400_000,
      sweepIntervalMs: 86_400_000,
      batch: 500,
    });
    expect(
      loadIntakeSettings({
        ...BASE,
        PERSONAL_DATA_RETENTION: '30d',
        PERSONAL_DATA_SWEEP_INTERVAL: '1h',
        PERSONAL_DATA_SWEEP_BATCH: '50',
      }).retention,
    ).toEqual({ afterClosureMs: 30 * 86_400_000, sweepIntervalMs: 3_600_000, batch: 50 });
  });
});

describe('loadIntakeSettings: webhook subscriptions', () => {
  it('keeps a rotated-out signing secret for 24 h and retries a delivery for 24 h by default', () => {
    expect(loadIntakeSettings(BASE).webhooks).toMatchObject({
      secretOverlapMs: 86_400_000,
      giveUpAfterMs: 86_400_000,
      breakerFailures: 5,
      breakerCooldownMs: 30_000,
    });
  });

  it.each([
    [{ WEBHOOK_SIGNING_KEY: 'too-short' }, /^setting WEBHOOK_SIGNING_KEY: use at least 32 characters/],
    [{ WEBHOOK_SECRET_OVERLAP: 'a day' }, /^setting WEBHOOK_SECRET_OVERLAP/],
    [{ DELIVERY_GIVE_UP_AFTER: 'never' }, /^setting DELIVERY_GIVE_UP_AFTER/],
    [{ DELIVERY_RETRY_BACKOFF: '1m', DELIVERY_RETRY_MAX_BACKOFF: '1s' }, /^setting DELIVERY_RETRY_MAX_BACKOFF/],
    [{ DELIVERY_POLL_INTERVAL: '1ms' }, /DELIVERY_POLL_INTERVAL must be at least 10ms/],
    [
      { DELIVERY_TIMEOUT: '1s', DELIVERY_LEASE: '5s' },
      /^setting DELIVERY_LEASE: use at least DELIVERY_TIMEOUT plus twice/,
    ],
    [{ DELIVERY_LEASE: '30s' }, /^setting DELIVERY_LEASE: use at least four times DELIVERY_TIMEOUT/],
  ])('refuses %p', (env, message) => {
    expect(() => loadIntakeSettings({ ...BASE, ...env })).toThrow(message);
  });
});

describe('loadIntakeSettings: attachments', () => {
  it('takes 5 files of up to 10 MiB per complaint, 8 uploads at once, by default', () => {
    expect(loadIntakeSettings(BASE).attachments).toEqual({ maxBytes: 10_485_760, maxPerComplaint: 5, maxUploads: 8 });
  });

  it('refuses a size of nothing or above 100 MiB, and no files at all', () => {
    expect(() => loadIntakeSettings({ ...BASE, ATTACHMENT_MAX_BYTES: '0' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadIntakeSettings({ ...BASE, ATTACHMENT_MAX_BYTES: String(101 * 1024 * 1024) })).toThrow(
      /ATTACHMENT_MAX_BYTES/,
    );
    expect(() => loadIntakeSettings({ ...BASE, ATTACHMENT_MAX_PER_COMPLAINT: '0' })).toThrow(
      /ATTACHMENT_MAX_PER_COMPLAINT/,
    );
  });

  it('asks triage and escalation at their local addresses unless told, without a trailing slash', () => {
    expect(loadIntakeSettings(BASE).staffDirectory).toEqual({
      triageUrl: 'http://127.0.0.1:3001',
      escalationUrl: 'http://127.0.0.1:3002',
    });
    expect(loadIntakeSettings({ ...BASE, TRIAGE_URL: 'http://triage:3001/' }).staffDirectory.triageUrl).toBe(
      'http://triage:3001',
    );
    expect(() => loadIntakeSettings({ ...BASE, ESCALATION_URL: 'ftp://x' })).toThrow(/ESCALATION_URL/);
  });
});
