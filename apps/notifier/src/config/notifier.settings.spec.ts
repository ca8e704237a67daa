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
      feedbackBaseUrl: 'http://127.0.0.1:3003',
      compensation: { limit: 20000, currency: 'RUB', monthlyBudget: 10000000, approvalLimit: 200000 },
      fanOutBatchSize: 500,
      closing: { afterResolutionMs: 14 * 86_400_000, followUpMaxRating: 3 },
      statusPage: { linkTtlMs: 30 * 86_400_000, perMinute: 30, burst: 10 },
      delivery: { maxAttempts: null, retryMaxBackoffMs: 600_000, giveUpAfterMs: 86_400_000, endpointConcurrency: 4, leaseMs: 120_000 },
    });
  });

  it('keeps FOLLOW_UP_MAX_RATING between 2 and 4', () => {
    expect(loadNotifierSettings({ ...base, FOLLOW_UP_MAX_RATING: '2', CLOSE_AFTER_RESOLUTION: '3s' }).closing).toEqual({ afterResolutionMs: 3000, followUpMaxRating: 2 });
    for (const rating of ['1', '5']) expect(() => loadNotifierSettings({ ...base, FOLLOW_UP_MAX_RATING: rating })).toThrow('FOLLOW_UP_MAX_RATING');
  });

  it('reads money in the compensation currency and durations', () => {
    const settings = loadNotifierSettings({ ...base, COMPENSATION_LIMIT: '150', COMPENSATION_CURRENCY: 'JPY', DELIVERY_RETRY_BACKOFF: '200ms' });
    expect(settings.compensation).toMatchObject({ limit: 150, currency: 'JPY' });
    expect(settings.delivery.retryBackoffMs).toBe(200);
  });

  it('reads the approver ceiling in the compensation currency, never below the automatic limit', () => {
    expect(loadNotifierSettings({ ...base, COMPENSATION_APPROVAL_LIMIT: '2500.50' }).compensation.approvalLimit).toBe(250050);
    expect(loadNotifierSettings({ ...base, COMPENSATION_APPROVAL_LIMIT: '200' }).compensation.approvalLimit).toBe(20000);
    expect(() => loadNotifierSettings({ ...base, COMPENSATION_APPROVAL_LIMIT: '199.99' })).toThrow('COMPENSATION_APPROVAL_LIMIT must be at least COMPENSATION_LIMIT');
  });

  it('reads exchange rates as fractions of minor units, and none by default', () => {
    expect(loadNotifierSettings(base).compensation.rates).toEqual({});
    const { rates } = loadNotifierSettings({ ...base, COMPENSATION_EXCHANGE_RATES: 'USD:92.5, EUR:99.1,JPY:0.61' }).compensation;
    expect(rates).toEqual({ USD: { numerator: 92500, denominator: 1000 }, EUR: { numerator: 99100, denominator: 1000 }, JPY: { numerator: 6100, denominator: 100 } });
  });

  it.each(['USD=92.5', 'usd:92.5', 'USD:-1', 'USD:0', 'USD:1e3', 'RUB:1', 'USD:92.5,USD:93', 'USD:92.1234567'])('refuses COMPENSATION_EXCHANGE_RATES=%s', (rates) => {
    expect(() => loadNotifierSettings({ ...base, COMPENSATION_EXCHANGE_RATES: rates })).toThrow('COMPENSATION_EXCHANGE_RATES');
  });

  it('keeps DEFAULT_TIMEZONE under its IANA name, whatever its letter case', () => {
    expect(loadNotifierSettings({ ...base, DEFAULT_TIMEZONE: 'asia/yekaterinburg' }).defaultTimezone).toBe('Asia/Yekaterinburg');
    expect(loadNotifierSettings({ ...base, DEFAULT_TIMEZONE: 'utc' }).defaultTimezone).toBe('UTC');
  });

  it.each([
    ['SMTP_URL', 'http://mail'],
    ['SMS_GATEWAY_URL', 'not a url'],
    ['DEFAULT_TIMEZONE', 'Mars/Olympus'],
    ['DEFAULT_LOCALE', 'de'],
    ['COMPENSATION_LIMIT', '200.001'],
    ['COMPENSATION_APPROVAL_LIMIT', '1000.5.0'],
    ['WEBHOOK_SECRET', 'short'],
    ['CONTACT_WINDOWS', 'sometimes'],
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
