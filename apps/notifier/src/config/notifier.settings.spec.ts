import { loadNotifierSettings } from './notifier.settings';

describe('notifier settings', () => {
  const base = { DATABASE_URL: 'postgres://x/y', KAFKA_BROKERS: 'k:9092' };

  it('has working defaults', () => {
    expect(loadNotifierSettings(base)).toMatchObject({
      smtpUrl: null,
      smtpMessagesPerConnection: 1000,
      smsGatewayUrl: null,
      defaultTimezone: 'Europe/Moscow',
      defaultLocale: 'ru',
      contactWindows: 'respect',
      defaultWindow: { from: '09:00', to: '21:00' },
      smsMaxSegments: 3,
      feedbackBaseUrl: 'http://127.0.0.1:3003',
      compensation: {
        limit: 20000,
        currency: 'RUB',
        monthlyBudget: 10000000,
        approvalLimit: 200000,
        maxWaitMs: 72 * 3600_000,
      },
      promiseRenewalMs: 24 * 3600_000,
      fanOutBatchSize: 500,
      closing: { afterResolutionMs: 14 * 86_400_000, followUpMaxRating: 3 },
      statusPage: { linkTtlMs: 30 * 86_400_000, perMinute: 30, burst: 10 },
      delivery: {
        maxAttempts: null,
        retryMaxBackoffMs: 600_000,
        giveUpAfterMs: 86_400_000,
        endpointConcurrency: 8,
        leaseMs: 120_000,
      },
    });
  });

  it('keeps staff notices 90 days by default, and never less than a budget month', () => {
    expect(loadNotifierSettings(base).staffNoticeRetentionMs).toBe(90 * 86_400_000);
    expect(loadNotifierSettings({ ...base, STAFF_NOTICE_RETENTION: '32d' }).staffNoticeRetentionMs).toBe(
      32 * 86_400_000,
    );
    expect(() => loadNotifierSettings({ ...base, STAFF_NOTICE_RETENTION: '30d' })).toThrow(
      'setting STAFF_NOTICE_RETENTION: keep notices at least 32d',
    );
  });

  it('keeps FOLLOW_UP_MAX_RATING between 2 and 4', () => {
    expect(loadNotifierSettings({ ...base, FOLLOW_UP_MAX_RATING: '2', CLOSE_AFTER_RESOLUTION: '3s' }).closing).toEqual({
      afterResolutionMs: 3000,
      followUpMaxRating: 2,
    });
    for (const rating of ['1', '5'])
      expect(() => loadNotifierSettings({ ...base, FOLLOW_UP_MAX_RATING: rating })).toThrow('FOLLOW_UP_MAX_RATING');
  });

  it('reads money in the compensation currency and durations', () => {
    const settings = loadNotifierSettings({
      ...base,
      COMPENSATION_LIMIT: '150',
      COMPENSATION_CURRENCY: 'JPY',
      DELIVERY_RETRY_BACKOFF: '200ms',
    });
    expect(settings.compensation).toMatchObject({ limit: 150, currency: 'JPY' });
    expect(settings.delivery.retryBackoffMs).toBe(200);
  });

  it('reads how long a compensation waits and how far a passed promise is renewed, above zero', () => {
    const settings = loadNotifierSettings({ ...base, COMPENSATION_MAX_WAIT: '36h', PROMISE_RENEWAL: '2d' });
    expect(settings.compensation.maxWaitMs).toBe(36 * 3600_000);
    expect(settings.promiseRenewalMs).toBe(48 * 3600_000);
    expect(() => loadNotifierSettings({ ...base, COMPENSATION_MAX_WAIT: '0h' })).toThrow(
      'setting COMPENSATION_MAX_WAIT: use a duration above zero',
    );
    expect(() => loadNotifierSettings({ ...base, COMPENSATION_MAX_WAIT: 'soon' })).toThrow('COMPENSATION_MAX_WAIT');
    expect(() => loadNotifierSettings({ ...base, PROMISE_RENEWAL: '0s' })).toThrow('PROMISE_RENEWAL');
  });

  it('reads the approver ceiling in the compensation currency, never below the automatic limit', () => {
    expect(loadNotifierSettings({ ...base, COMPENSATION_APPROVAL_LIMIT: '2500.50' }).compensation.approvalLimit).toBe(
      250050,
    );
    expect(loadNotifierSettings({ ...base, COMPENSATION_APPROVAL_LIMIT: '200' }).compensation.approvalLimit).toBe(
      20000,
    );
    expect(() => loadNotifierSettings({ ...base, COMPENSATION_APPROVAL_LIMIT: '199.99' })).toThrow(
      'COMPENSATION_APPROVAL_LIMIT must be at least COMPENSATION_LIMIT',
    );
  });

  it('reads exchange rates as fractions of minor units, and none by default', () => {
    expect(loadNotifierSettings(base).compensation.rates).toEqual({});
    const { rates } = loadNotifierSettings({
      ...base,
      COMPENSATION_EXCHANGE_RATES: 'USD:92.5, EUR:99.1,JPY:0.61',
    }).compensation;
    expect(rates).toEqual({
      USD: { numerator: 92500, denominator: 1000 },
      EUR: { numerator: 99100, denominator: 1000 },
      JPY: { numerator: 6100, denominator: 100 },
    });
  });

  it.each(['USD=92.5', 'usd:92.5', 'USD:-1', 'USD:0', 'USD:1e3', 'RUB:1', 'USD:92.5,USD:93', 'USD:92.1234567'])(
    'refuses COMPENSATION_EXCHANGE_RATES=%s',
    (rates) => {
      expect(() => loadNotifierSettings({ ...base, COMPENSATION_EXCHANGE_RATES: rates })).toThrow(
        'COMPENSATION_EXCHANGE_RATES',
      );
    },
  );

  it('keeps DEFAULT_TIMEZONE under its IANA name, whatever its letter case', () => {
    expect(loadNotifierSettings({ ...base, DEFAULT_TIMEZONE: 'asia/yekaterinburg' }).defaultTimezone).toBe(
      'Asia/Yekaterinburg',
    );
    expect(loadNotifierSettings({ ...base, DEFAULT_TIMEZONE: 'utc' }).defaultTimezone).toBe('UTC');
  });

  it('reads DEFAULT_CONTACT_WINDOW, one spanning midnight too', () => {
    expect(loadNotifierSettings({ ...base, DEFAULT_CONTACT_WINDOW: '22:00-02:30' }).defaultWindow).toEqual({
      from: '22:00',
      to: '02:30',
    });
    expect(loadNotifierSettings({ ...base, DEFAULT_CONTACT_WINDOW: '00:00-00:00' }).defaultWindow).toEqual({
      from: '00:00',
      to: '00:00',
    });
  });

  it.each([
    ['SMTP_URL', 'http://mail'],
    ['SMS_GATEWAY_URL', 'not a url'],
    ['DEFAULT_TIMEZONE', 'Mars/Olympus'],
    ['DEFAULT_LOCALE', 'de'],
    ['COMPENSATION_LIMIT', '200.001'],
    ['COMPENSATION_APPROVAL_LIMIT', '1000.5.0'],
    ['INTAKE_SERVICE_TOKEN', 'short'],
    ['INTAKE_URL', 'ftp://intake'],
    ['CONTACT_WINDOWS', 'sometimes'],
    ['DEFAULT_CONTACT_WINDOW', '9-21'],
    ['DEFAULT_CONTACT_WINDOW', '09:00-24:00'],
    ['SMS_MAX_SEGMENTS', '0'],
    ['DELIVERY_MAX_ATTEMPTS', '0'],
    ['SMTP_MESSAGES_PER_CONNECTION', '0'],
    ['WEBHOOK_ALLOWED_HOSTS', '127.0.0.1,10.0.0.0/40'],
    ['DELIVERY_CONNECT_TIMEOUT', 'soon'],
    ['DELIVERY_LEASE', '30s'],
    ['DELIVERY_RETRY_MAX_BACKOFF', '1s'],
    ['DELIVERY_GIVE_UP_AFTER', 'a day'],
  ])('refuses a bad %s', (name, value) => {
    expect(() => loadNotifierSettings({ ...base, [name]: value })).toThrow(name);
  });
});

describe('notifier settings in production', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://notifier:k9-random-pw@db.internal/redress',
    KAFKA_BROKERS: 'kafka.internal:9092',
    INTAKE_SERVICE_TOKEN: 'Zr4pW8nQ1vK6sT3yB9mH2cX5dL7fJ0gA',
    FEEDBACK_BASE_URL: 'https://care.example.com',
    CONSOLE_URL: 'https://console.example.com',
    SMTP_URL: 'smtps://mailer:pw@smtp.example.com',
    SMS_GATEWAY_URL: 'https://sms.example.com/send',
  };

  it('starts with every secret, transport and public address given', () => {
    expect(loadNotifierSettings(production)).toMatchObject({
      channels: ['email', 'sms', 'webhook'],
      feedbackBaseUrl: 'https://care.example.com',
    });
  });

  it('needs no SMS gateway when CHANNELS leaves SMS out', () => {
    const settings = loadNotifierSettings({ ...production, SMS_GATEWAY_URL: undefined, CHANNELS: 'email, webhook' });
    expect(settings).toMatchObject({ channels: ['email', 'webhook'], smsGatewayUrl: null });
  });

  it.each([
    [{ INTAKE_SERVICE_TOKEN: undefined }, /^setting INTAKE_SERVICE_TOKEN is required when NODE_ENV=production/],
    [
      { INTAKE_SERVICE_TOKEN: 'redress-local-intake-service-token-not-for-production' },
      /^setting INTAKE_SERVICE_TOKEN is the public development value/,
    ],
    [{ FEEDBACK_BASE_URL: undefined }, /^setting FEEDBACK_BASE_URL is required when NODE_ENV=production/],
    [
      { FEEDBACK_BASE_URL: 'http://care.example.com' },
      /^setting FEEDBACK_BASE_URL: "http:\/\/care.example.com" is not an https:\/\/ URL$/,
    ],
    [{ CONSOLE_URL: undefined }, /^setting CONSOLE_URL is required when NODE_ENV=production/],
    [
      { CONSOLE_URL: 'http://127.0.0.1:3004' },
      /^setting CONSOLE_URL: "http:\/\/127.0.0.1:3004" is not an https:\/\/ URL$/,
    ],
    [{ CONSOLE_URL: 'https://localhost:3004' }, /^setting CONSOLE_URL: "https:\/\/localhost:3004" names this machine/],
    [{ CONSOLE_URL: 'https://127.0.0.1' }, /^setting CONSOLE_URL: "https:\/\/127.0.0.1" names this machine/],
    [
      { SMTP_URL: undefined },
      /^setting SMTP_URL is required when NODE_ENV=production and CHANNELS includes email: emails would only be logged$/,
    ],
    [
      { SMS_GATEWAY_URL: '' },
      /^setting SMS_GATEWAY_URL is required when NODE_ENV=production and CHANNELS includes sms/,
    ],
    [{ CHANNELS: 'email,fax' }, /^setting CHANNELS: "email,fax" is not a list of email, sms, webhook$/],
    [{ CONTACT_WINDOWS: 'ignore' }, /^setting CONTACT_WINDOWS=ignore messages customers at any hour/],
    [
      { DATABASE_URL: 'postgres://redress:redress@postgres:5432/redress' },
      /^setting DATABASE_URL uses the development password/,
    ],
  ])('refuses %p', (unsafe, line) => {
    expect(() => loadNotifierSettings({ ...production, ...unsafe })).toThrow(line);
  });

  it('lists every unsafe setting at once, one line each', () => {
    const unsafe = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://redress:redress@postgres:5432/redress',
      KAFKA_BROKERS: 'kafka:9092',
    };
    expect(() => loadNotifierSettings(unsafe)).toThrow(
      new Error(
        [
          'setting DATABASE_URL uses the development password "redress": give the database role its own password',
          'setting INTAKE_SERVICE_TOKEN is required when NODE_ENV=production: give at least 32 random characters',
          'setting FEEDBACK_BASE_URL is required when NODE_ENV=production: the public https:// address of the feedback pages',
          'setting CONSOLE_URL is required when NODE_ENV=production: the public https:// address of the console, which staff notices link to',
          'setting SMTP_URL is required when NODE_ENV=production and CHANNELS includes email: emails would only be logged',
          'setting SMS_GATEWAY_URL is required when NODE_ENV=production and CHANNELS includes sms: SMS would only be logged (CHANNELS=email,webhook turns SMS off)',
        ].join('\n'),
      ),
    );
  });

  it('keeps the development defaults outside production', () => {
    expect(
      loadNotifierSettings({
        DATABASE_URL: 'postgres://redress:redress@postgres/redress',
        KAFKA_BROKERS: 'kafka:9092',
      }),
    ).toMatchObject({
      intake: {
        url: 'http://127.0.0.1:3000',
        serviceToken: 'redress-local-intake-service-token-not-for-production',
      },
      smtpUrl: null,
      smsGatewayUrl: null,
      channels: ['email', 'sms', 'webhook'],
    });
  });
});
