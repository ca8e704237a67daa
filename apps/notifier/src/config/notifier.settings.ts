import { minorUnitDigits, toMinorUnits } from '@redress/contracts';
import { canonicalTimeZone, Env, loadServiceSettings, readDuration, readWholeNumber, ServiceSettings } from '@redress/platform';
import { ExchangeRate } from '../domain/compensation-policy';
import { FollowUpDelays } from '../domain/follow-up';
import { isLocale, Locale } from '../domain/locale';

export interface NotifierSettings extends ServiceSettings {
  /** smtp://host:port of the mail server; unset: emails are written to the service log. */
  smtpUrl: string | null;
  /** Messages one pooled SMTP connection sends before it is replaced (see EmailChannel). */
  smtpMessagesPerConnection: number;
  mailFrom: string;
  /** The SMS gateway's HTTP endpoint (POST { to, text, reference }); unset: SMS go to the service log. */
  smsGatewayUrl: string | null;
  /** HMAC-SHA256 key that signs webhooks. */
  webhookSecret: string;
  /** Where the feedback links in messages point: `${feedbackBaseUrl}/feedback/<token>`. */
  feedbackBaseUrl: string;
  defaultTimezone: string;
  defaultLocale: Locale;
  /** `respect` (always, for customers); `ignore` sends email and SMS at any hour: for tests and demos only. */
  contactWindows: 'respect' | 'ignore';
  delivery: {
    maxAttempts: number;
    retryBackoffMs: number;
    timeoutMs: number;
    pollIntervalMs: number;
    /** Deliveries sent at the same time by one replica. */
    concurrency: number;
  };
  compensation: {
    /** Granted without review, minor units of `currency`. */
    limit: number;
    currency: string;
    /** What may be granted per calendar month, minor units of `currency`. */
    monthlyBudget: number;
    /** COMPENSATION_EXCHANGE_RATES by currency code; claims in a currency without one go to review as they are. */
    rates: Record<string, ExchangeRate>;
  };
  /** Complaints handled per transaction when a root-cause event fans out. */
  fanOutBatchSize: number;
  /** How soon customer service calls back after a rating of 1 or 2: by day (08:00-20:00 local) and in the evening. */
  followUp: FollowUpDelays;
}

/** A bad value stops start-up with a message naming the setting. */
export function loadNotifierSettings(env: Env = process.env): NotifierSettings {
  const base = loadServiceSettings('notifier', env);
  const currency = env.COMPENSATION_CURRENCY ?? 'RUB';
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`setting COMPENSATION_CURRENCY: "${currency}" is not an ISO 4217 code`);
  // In any letter case; kept under its IANA name.
  const defaultTimezone = canonicalTimeZone(env.DEFAULT_TIMEZONE ?? 'Europe/Moscow');
  if (!defaultTimezone) throw new Error(`setting DEFAULT_TIMEZONE: "${env.DEFAULT_TIMEZONE}" is not an IANA time zone`);
  const defaultLocale = env.DEFAULT_LOCALE ?? 'ru';
  if (!isLocale(defaultLocale)) throw new Error(`setting DEFAULT_LOCALE: "${defaultLocale}" is not one of ru, en`);
  const contactWindows = env.CONTACT_WINDOWS ?? 'respect';
  if (contactWindows !== 'respect' && contactWindows !== 'ignore') {
    throw new Error(`setting CONTACT_WINDOWS: "${contactWindows}" is not respect or ignore`);
  }
  const webhookSecret = env.WEBHOOK_SECRET ?? 'redress-local-webhook-secret';
  if (webhookSecret.length < 16) throw new Error('setting WEBHOOK_SECRET: use at least 16 characters');
  return {
    ...base,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpMessagesPerConnection: readWholeNumber(env, 'SMTP_MESSAGES_PER_CONNECTION', 1000, 1),
    mailFrom: env.MAIL_FROM ?? 'Redress Customer Care <care@redress.local>',
    smsGatewayUrl: url(env, 'SMS_GATEWAY_URL', ['http:', 'https:']),
    webhookSecret,
    feedbackBaseUrl: (url(env, 'FEEDBACK_BASE_URL', ['http:', 'https:']) ?? `http://${base.httpHost}:${base.httpPort}`).replace(/\/$/, ''),
    defaultTimezone,
    defaultLocale,
    contactWindows,
    delivery: {
      maxAttempts: readWholeNumber(env, 'DELIVERY_MAX_ATTEMPTS', 6, 1),
      retryBackoffMs: readDuration(env, 'DELIVERY_RETRY_BACKOFF', '5s'),
      timeoutMs: readDuration(env, 'DELIVERY_TIMEOUT', '10s'),
      pollIntervalMs: readDuration(env, 'DELIVERY_POLL_INTERVAL', '250ms'),
      concurrency: readWholeNumber(env, 'DELIVERY_CONCURRENCY', 4, 1),
    },
    compensation: {
      limit: money(env, 'COMPENSATION_LIMIT', '200', currency),
      currency,
      monthlyBudget: money(env, 'COMPENSATION_MONTHLY_BUDGET', '100000', currency),
      rates: exchangeRates(env.COMPENSATION_EXCHANGE_RATES ?? '', currency),
    },
    fanOutBatchSize: readWholeNumber(env, 'FAN_OUT_BATCH_SIZE', 500, 1),
    followUp: { dayMs: readDuration(env, 'FOLLOW_UP_DAY', '2h'), eveningMs: readDuration(env, 'FOLLOW_UP_EVENING', '12h') },
  };
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const text = env[name];
  if (!text) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`setting ${name}: "${text}" is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`setting ${name}: use ${protocols.join(' or ')}`);
  return text;
}

function money(env: Env, name: string, fallback: string, currency: string): number {
  const parsed = toMinorUnits(env[name] ?? fallback, currency);
  if (!parsed.ok) throw new Error(`setting ${name}: ${parsed.error}`);
  return parsed.amount;
}

/**
 * `USD:92.5,EUR:99.1`: what one unit of each currency is worth in the compensation currency. Kept as a fraction of
 * minor units, so converting stays in integers.
 */
export function exchangeRates(text: string, currency: string): Record<string, ExchangeRate> {
  const rates: Record<string, ExchangeRate> = {};
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([A-Z]{3}):(\d{1,9})(?:\.(\d{1,6}))?$/.exec(entry);
    const fail = (reason: string) => new Error(`setting COMPENSATION_EXCHANGE_RATES: "${entry}" ${reason}`);
    if (!match) throw fail('is not CODE:RATE such as USD:92.5');
    const [, code, whole, fraction = ''] = match;
    if (code === currency) throw fail(`converts ${currency} into itself`);
    if (code in rates) throw fail('is given twice');
    const units = Number(whole + fraction);
    if (units === 0) throw fail('is not above zero');
    rates[code] = { numerator: units * 10 ** minorUnitDigits(currency), denominator: 10 ** (fraction.length + minorUnitDigits(code)) };
  }
  return rates;
}

export const NOTIFIER_SETTINGS = Symbol('NOTIFIER_SETTINGS');
