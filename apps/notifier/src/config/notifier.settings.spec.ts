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
      delivery: { maxAttempts: null, retryMaxBackoffMs: 600_000, giveUpAfterMs: 86_400_000, endpointConcurrency: 4, leaseMs: 120_000 },
    });
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
