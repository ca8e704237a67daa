import {
  CallbackUrlSettings,
  Env,
  loadServiceSettings,
  parseDuration,
  RateLimit,
  readCallbackUrlSettings,
  readBaseUrl,
  readDuration,
  readIntakeServiceToken,
  readWholeNumber,
  ServiceSettings,
} from '@redress/platform';
import { INTAKE_PRODUCTION_CHECKS, readWebhookSettings, WebhookSettings } from './webhook.settings';

const DAY_MS = 86_400_000;

export interface IntakeSettings extends ServiceSettings {
  /** Currency of a claimed remedy when the complaint names no order. */
  defaultCurrency: string;
  /** How long an Idempotency-Key is remembered; never less than a day. */
  idempotencyKeyTtlMs: number;
  /** Complaints written at once before more are refused with 503 (INTAKE_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** How a complaint's callbackUrl is checked (WEBHOOK_ALLOWED_HOSTS, CALLBACK_DNS_*). */
  callbackUrls: CallbackUrlSettings;
  /** Requests per client system (INTAKE_RATE_LIMIT, INTAKE_RATE_BURST); null when off. */
  rateLimit: RateLimit | null;
  /** How POST /complaints bodies are validated (INTAKE_VALIDATION): the compiled validator, or class-validator itself. */
  validation: 'compiled' | 'reference';
  /** How often committed changes are numbered for the change feed (CHANGE_FEED_INTERVAL). */
  changeFeedIntervalMs: number;
  /** How long a numbered change stays in the feed (CHANGE_FEED_RETENTION); an older cursor is answered 410. */
  changeFeedRetentionMs: number;
  /** How long a rotated-out API key keeps working (API_KEY_OVERLAP). */
  apiKeyOverlapMs: number;
  /** Webhook subscriptions: signing secrets and delivery (WEBHOOK_*, DELIVERY_*). */
  webhooks: WebhookSettings;
  /** Erasing personal data on schedule (docs/personal-data.md). */
  retention: RetentionSettings;
  attachments: {
    /** Largest file accepted, in bytes (ATTACHMENT_MAX_BYTES). */
    maxBytes: number;
    /** Most files one complaint may have (ATTACHMENT_MAX_PER_COMPLAINT). */
    maxPerComplaint: number;
    /** Uploads one intake process takes at once, each holding a database connection (ATTACHMENT_MAX_UPLOADS). */
    maxUploads: number;
  };
  /** Triage's and escalation's base URLs: asked who a staff bearer token belongs to (TRIAGE_URL, ESCALATION_URL). */
  staffDirectory: { triageUrl: string; escalationUrl: string };
  /** The bearer token of intake's internal routes, which the notifier calls (INTAKE_SERVICE_TOKEN). */
  serviceToken: string;
}

export interface RetentionSettings {
  /** How long after closure a complaint keeps its customer's data (PERSONAL_DATA_RETENTION); a client system may override it. */
  afterClosureMs: number;
  /** How often the sweep runs (PERSONAL_DATA_SWEEP_INTERVAL). */
  sweepIntervalMs: number;
  /** Complaints erased per transaction (PERSONAL_DATA_SWEEP_BATCH); a sweep runs at most 100 batches. */
  batch: number;
}

export function loadIntakeSettings(env: Env = process.env): IntakeSettings {
  const idempotencyKeyTtlMs = readDuration(env, 'IDEMPOTENCY_KEY_TTL', '24h');
  if (idempotencyKeyTtlMs < DAY_MS) throw new Error('setting IDEMPOTENCY_KEY_TTL must be at least 24h');
  const changeFeedIntervalMs = readDuration(env, 'CHANGE_FEED_INTERVAL', '200ms');
  // Zero would have every replica query Postgres in a tight loop.
  if (changeFeedIntervalMs < 10) throw new Error('setting CHANGE_FEED_INTERVAL must be at least 10ms');
  return {
    ...loadServiceSettings('intake', env, INTAKE_PRODUCTION_CHECKS),
    defaultCurrency: env.COMPENSATION_CURRENCY ?? 'RUB',
    idempotencyKeyTtlMs,
    maxInFlight: readWholeNumber(env, 'INTAKE_MAX_IN_FLIGHT', 256, 1),
    callbackUrls: readCallbackUrlSettings(env),
    rateLimit: readRateLimit(env),
    validation: readValidation(env),
    changeFeedIntervalMs,
    changeFeedRetentionMs: readChangeFeedRetention(env),
    apiKeyOverlapMs: readDuration(env, 'API_KEY_OVERLAP', '24h'),
    webhooks: readWebhookSettings(env),
    retention: readRetention(env),
    attachments: {
      maxBytes: readWholeNumber(env, 'ATTACHMENT_MAX_BYTES', 10 * MIB, 1, 100 * MIB),
      maxPerComplaint: readWholeNumber(env, 'ATTACHMENT_MAX_PER_COMPLAINT', 5, 1, 100),
      // Under the pool of 20 connections: complaints keep theirs while files arrive.
      maxUploads: readWholeNumber(env, 'ATTACHMENT_MAX_UPLOADS', 8, 1, 16),
    },
    staffDirectory: {
      triageUrl: readBaseUrl(env, 'TRIAGE_URL', 'http://127.0.0.1:3001'),
      escalationUrl: readBaseUrl(env, 'ESCALATION_URL', 'http://127.0.0.1:3002'),
    },
    serviceToken: readIntakeServiceToken(env),
  };
}

const MIB = 1024 * 1024;

/**
 * The default lets one client system file the largest storm planned for (100,000 complaints in 10 minutes, 167/s)
 * by itself, while keeping it to about a tenth of what one intake process takes.
 */
const DEFAULT_RATE_LIMIT = '200/s';

/** `<count>/<period>` (`200/s`, `600/m`, `50/10s`), or `off` (or `0`); the burst defaults to one period's count. */
function readRateLimit(env: Env): RateLimit | null {
  const text = (env.INTAKE_RATE_LIMIT || DEFAULT_RATE_LIMIT).trim();
  if (text === 'off' || text === '0') return null;
  const match = /^(\d+)\/(\d*)(ms|s|m|h|d)$/.exec(text);
  const count = Number(match?.[1]);
  if (!match || count < 1)
    throw new Error(`setting INTAKE_RATE_LIMIT: "${text}" is not a rate like 200/s, 600/m or 50/10s, nor off`);
  const periodMs = parseDuration(`${match[2] || '1'}${match[3]}`);
  if (periodMs < 1) throw new Error(`setting INTAKE_RATE_LIMIT: "${text}" has an empty period`);
  return { count, periodMs, burst: readWholeNumber(env, 'INTAKE_RATE_BURST', count, 1) };
}

function readRetention(env: Env): RetentionSettings {
  const sweepIntervalMs = readDuration(env, 'PERSONAL_DATA_SWEEP_INTERVAL', '24h');
  if (sweepIntervalMs < 1000) throw new Error('setting PERSONAL_DATA_SWEEP_INTERVAL must be at least 1s');
  return {
    // Three years: what a complaint may need for disputes and statistics, then the customer's data goes.
    afterClosureMs: readDuration(env, 'PERSONAL_DATA_RETENTION', '1095d'),
    sweepIntervalMs,
    batch: readWholeNumber(env, 'PERSONAL_DATA_SWEEP_BATCH', 500, 1, 5000),
  };
}

/** At least a minute: shorter, a client polling every few seconds could not keep up through a short hiccup. */
function readChangeFeedRetention(env: Env): number {
  const retentionMs = readDuration(env, 'CHANGE_FEED_RETENTION', '30d');
  if (retentionMs < 60_000) throw new Error('setting CHANGE_FEED_RETENTION must be at least 1m');
  return retentionMs;
}

function readValidation(env: Env): IntakeSettings['validation'] {
  const mode = env.INTAKE_VALIDATION || 'compiled';
  if (mode !== 'compiled' && mode !== 'reference')
    throw new Error(`setting INTAKE_VALIDATION: "${mode}" is neither compiled nor reference`);
  return mode;
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');
