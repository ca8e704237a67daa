import { Channel, minorUnitDigits, toMinorUnits } from '@redress/contracts';
import {
  AllowedDestinations,
  canonicalTimeZone,
  DeliverySettings,
  Env,
  loadServiceSettings,
  readAllowedDestinations,
  readDeliverySettings,
  readDuration,
  readIntakeServiceToken,
  readWholeNumber,
  ServiceSettings,
} from '@redress/platform';
import { ExchangeRate } from '../domain/compensation-policy';
import { ContactWindow, parseContactWindow } from '../domain/contact-window';
import { FollowUpDelays } from '../domain/follow-up';
import { isLocale, Locale } from '../domain/locale';
import { readEnabledChannels } from './enabled-channels';
import { NOTIFIER_PRODUCTION_CHECKS } from './notifier.production';

export interface NotifierSettings extends ServiceSettings {
  /** The channels this deployment delivers on (CHANNELS); a message for another one fails at once. */
  channels: Channel[];
  /** smtp://host:port of the mail server; unset (outside production only): emails are written to the service log. */
  smtpUrl: string | null;
  /** Messages one pooled SMTP connection sends before it is replaced (see EmailChannel). */
  smtpMessagesPerConnection: number;
  mailFrom: string;
  /** The SMS gateway's HTTP endpoint (POST { to, text, reference }); unset (outside production only): SMS go to the service log. */
  smsGatewayUrl: string | null;
  /**
   * Intake, which holds the customers' contact details and sends their webhooks signed with each client system's
   * own secret: its base URL (INTAKE_URL) and the bearer token of its internal routes (INTAKE_SERVICE_TOKEN).
   */
  intake: { url: string; serviceToken: string };
  /** Webhook and SMS gateway destinations exempt from the public-address rule (WEBHOOK_ALLOWED_HOSTS). */
  allowedDestinations: AllowedDestinations;
  /** Where the feedback links in messages point: `${feedbackBaseUrl}/feedback/<token>`. */
  feedbackBaseUrl: string;
  defaultTimezone: string;
  defaultLocale: Locale;
  /** `respect` (always, for customers); `ignore` sends email and SMS at any hour: for tests and demos only. */
  contactWindows: 'respect' | 'ignore';
  /** The window of customers who gave none, in their zone (else DEFAULT_TIMEZONE); equal ends: around the clock. */
  defaultWindow: ContactWindow;
  /** An SMS longer than this many segments is cut at a word, with the message's link appended. */
  smsMaxSegments: number;
  /** How long a sent message keeps its body (and its other channel's fallback) before both are blanked. */
  notificationBodyRetentionMs: number;
  /** How long a staff notice stays in the person's list (GET /notices/mine) once it has gone out. */
  staffNoticeRetentionMs: number;
  /** DELIVERY_*: shared with intake's subscription webhooks (readDeliverySettings). */
  delivery: DeliverySettings;
  compensation: {
    /** Granted without review, minor units of `currency`. */
    limit: number;
    currency: string;
    /** What may be granted per calendar month, minor units of `currency`. */
    monthlyBudget: number;
    /** The most one supervisor approves alone, minor units of `currency`; above it a second supervisor must approve. */
    approvalLimit: number;
    /** COMPENSATION_EXCHANGE_RATES by currency code; claims in a currency without one go to review as they are. */
    rates: Record<string, ExchangeRate>;
    /** How long a compensation waits for its root cause's resolution before it is settled anyway (COMPENSATION_MAX_WAIT). */
    maxWaitMs: number;
  };
  /** The new date a customer is given when the date they were promised passed with nobody above to take over (PROMISE_RENEWAL). */
  promiseRenewalMs: number;
  /** Complaints handled per transaction when a root-cause event fans out. */
  fanOutBatchSize: number;
  /** How soon customer service calls back after a low rating: by day (08:00-20:00 local) and in the evening. */
  followUp: FollowUpDelays;
  closing: {
    /** A resolved complaint closes this long after its resolution unless a low rating owes a callback. */
    afterResolutionMs: number;
    /** Ratings at or below it ask for a callback and keep the complaint open until it is made; above it close. */
    followUpMaxRating: number;
  };
  staff: {
    /** Where staff notices link to: the console's base URL (CONSOLE_URL). */
    consoleUrl: string;
    /** Triage's and escalation's base URLs, asked who a bearer token belongs to (TRIAGE_URL, ESCALATION_URL). */
    triageUrl: string;
    escalationUrl: string;
  };
  statusPage: {
    /** How long a status link keeps working after its complaint closed. */
    linkTtlMs: number;
    /** Requests per minute one address, and one link, may make; `burst` at once after a quiet spell. */
    perMinute: number;
    burst: number;
  };
}

/** A bad value stops start-up with a message naming the setting; so does, in production, any of NOTIFIER_PRODUCTION_CHECKS. */
export function loadNotifierSettings(env: Env = process.env): NotifierSettings {
  const base = loadServiceSettings('notifier', env, NOTIFIER_PRODUCTION_CHECKS);
  const currency = env.COMPENSATION_CURRENCY ?? 'RUB';
  if (!/^[A-Z]{3}$/.test(currency))
    throw new Error(`setting COMPENSATION_CURRENCY: "${currency}" is not an ISO 4217 code`);
  // In any letter case; kept under its IANA name.
  const defaultTimezone = canonicalTimeZone(env.DEFAULT_TIMEZONE ?? 'Europe/Moscow');
  if (!defaultTimezone) throw new Error(`setting DEFAULT_TIMEZONE: "${env.DEFAULT_TIMEZONE}" is not an IANA time zone`);
  const defaultLocale = env.DEFAULT_LOCALE ?? 'ru';
  if (!isLocale(defaultLocale)) throw new Error(`setting DEFAULT_LOCALE: "${defaultLocale}" is not one of ru, en`);
  const contactWindows = env.CONTACT_WINDOWS ?? 'respect';
  if (contactWindows !== 'respect' && contactWindows !== 'ignore') {
    throw new Error(`setting CONTACT_WINDOWS: "${contactWindows}" is not respect or ignore`);
  }
  const defaultWindow = parseContactWindow(env.DEFAULT_CONTACT_WINDOW ?? '09:00-21:00');
  if (!defaultWindow)
    throw new Error(
      `setting DEFAULT_CONTACT_WINDOW: "${env.DEFAULT_CONTACT_WINDOW}" is not HH:MM-HH:MM such as 09:00-21:00`,
    );
  return {
    ...base,
    channels: readEnabledChannels(env),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpMessagesPerConnection: readWholeNumber(env, 'SMTP_MESSAGES_PER_CONNECTION', 1000, 1),
    mailFrom: env.MAIL_FROM ?? 'Redress Customer Care <care@redress.local>',
    smsGatewayUrl: url(env, 'SMS_GATEWAY_URL', ['http:', 'https:']),
    intake: { url: baseUrl(env, 'INTAKE_URL', 'http://127.0.0.1:3000'), serviceToken: readIntakeServiceToken(env) },
    allowedDestinations: readAllowedDestinations(env),
    feedbackBaseUrl: (
      url(env, 'FEEDBACK_BASE_URL', ['http:', 'https:']) ?? `http://${base.httpHost}:${base.httpPort}`
    ).replace(/\/$/, ''),
    defaultTimezone,
    defaultLocale,
    contactWindows,
    defaultWindow,
    smsMaxSegments: readWholeNumber(env, 'SMS_MAX_SEGMENTS', 3, 1, 10),
    notificationBodyRetentionMs: readDuration(env, 'NOTIFICATION_BODY_RETENTION', '30d'),
    staffNoticeRetentionMs: staffNoticeRetention(env),
    delivery: readDeliverySettings(env),
    compensation: {
      limit: money(env, 'COMPENSATION_LIMIT', '200', currency),
      currency,
      monthlyBudget: money(env, 'COMPENSATION_MONTHLY_BUDGET', '100000', currency),
      approvalLimit: approvalLimit(env, currency),
      rates: exchangeRates(env.COMPENSATION_EXCHANGE_RATES ?? '', currency),
      maxWaitMs: positiveDuration(env, 'COMPENSATION_MAX_WAIT', '72h'),
    },
    promiseRenewalMs: positiveDuration(env, 'PROMISE_RENEWAL', '24h'),
    fanOutBatchSize: readWholeNumber(env, 'FAN_OUT_BATCH_SIZE', 500, 1),
    followUp: {
      dayMs: readDuration(env, 'FOLLOW_UP_DAY', '2h'),
      eveningMs: readDuration(env, 'FOLLOW_UP_EVENING', '12h'),
    },
    closing: {
      afterResolutionMs: readDuration(env, 'CLOSE_AFTER_RESOLUTION', '14d'),
      // 2 to 4: every rating of 1 or 2 asks for a callback, and a 5 always closes.
      followUpMaxRating: readWholeNumber(env, 'FOLLOW_UP_MAX_RATING', 3, 2, 4),
    },
    staff: {
      consoleUrl: baseUrl(env, 'CONSOLE_URL', 'http://127.0.0.1:3004'),
      triageUrl: baseUrl(env, 'TRIAGE_URL', 'http://127.0.0.1:3001'),
      escalationUrl: baseUrl(env, 'ESCALATION_URL', 'http://127.0.0.1:3002'),
    },
    statusPage: {
      linkTtlMs: readDuration(env, 'STATUS_LINK_TTL', '30d'),
      perMinute: readWholeNumber(env, 'STATUS_PAGE_RATE_LIMIT', 30, 1),
      burst: readWholeNumber(env, 'STATUS_PAGE_BURST', 10, 1),
    },
  };
}

/** An http(s) base URL without its trailing slash. */
function baseUrl(env: Env, name: string, fallback: string): string {
  return (url({ [name]: env[name] || fallback }, name, ['http:', 'https:']) as string).replace(/\/+$/, '');
}

/**
 * A budget threshold is told once per month, currency and threshold because its notice is still there: a notice
 * kept for less than a month could be told again within the same period.
 */
const MIN_STAFF_NOTICE_RETENTION_MS = 32 * 86_400_000;

function staffNoticeRetention(env: Env): number {
  const ms = readDuration(env, 'STAFF_NOTICE_RETENTION', '90d');
  if (ms < MIN_STAFF_NOTICE_RETENTION_MS)
    throw new Error(
      'setting STAFF_NOTICE_RETENTION: keep notices at least 32d (a budget threshold is told once per month because its notice is kept)',
    );
  return ms;
}

/** A wait of zero would settle or renew at once, before anyone could act: refused. */
function positiveDuration(env: Env, name: string, fallback: string): number {
  const ms = readDuration(env, name, fallback);
  if (ms <= 0) throw new Error(`setting ${name}: use a duration above zero`);
  return ms;
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

/** An approver who could approve less than the rules grant without anyone would have nothing to decide. */
function approvalLimit(env: Env, currency: string): number {
  const limit = money(env, 'COMPENSATION_APPROVAL_LIMIT', '2000', currency);
  if (limit < money(env, 'COMPENSATION_LIMIT', '200', currency))
    throw new Error('setting COMPENSATION_APPROVAL_LIMIT must be at least COMPENSATION_LIMIT');
  return limit;
}

/**
 * `USD:92.5,EUR:99.1`: what one unit of each currency is worth in the compensation currency. Kept as a fraction of
 * minor units, so converting stays in integers.
 */
export function exchangeRates(text: string, currency: string): Record<string, ExchangeRate> {
  const rates: Record<string, ExchangeRate> = {};
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([A-Z]{3}):(\d{1,9})(?:\.(\d{1,6}))?$/.exec(entry);
    const fail = (reason: string) => new Error(`setting COMPENSATION_EXCHANGE_RATES: "${entry}" ${reason}`);
    if (!match) throw fail('is not CODE:RATE such as USD:92.5');
    const [, code, whole, fraction = ''] = match;
    if (code === currency) throw fail(`converts ${currency} into itself`);
    if (code in rates) throw fail('is given twice');
    const units = Number(whole + fraction);
    if (units === 0) throw fail('is not above zero');
    rates[code] = {
      numerator: units * 10 ** minorUnitDigits(currency),
      denominator: 10 ** (fraction.length + minorUnitDigits(code)),
    };
  }
  return rates;
}

export const NOTIFIER_SETTINGS = Symbol('NOTIFIER_SETTINGS');
