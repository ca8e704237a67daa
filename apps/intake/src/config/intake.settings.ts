import {
  CallbackUrlSettings, Env, loadServiceSettings, readCallbackUrlSettings, readDuration, readWholeNumber, ServiceSettings,
} from '@redress/platform';

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
}

export function loadIntakeSettings(env: Env = process.env): IntakeSettings {
  const idempotencyKeyTtlMs = readDuration(env, 'IDEMPOTENCY_KEY_TTL', '24h');
  if (idempotencyKeyTtlMs < DAY_MS) throw new Error('setting IDEMPOTENCY_KEY_TTL must be at least 24h');
  return {
    ...loadServiceSettings('intake', env),
    defaultCurrency: env.COMPENSATION_CURRENCY ?? 'RUB',
    idempotencyKeyTtlMs,
    maxInFlight: readWholeNumber(env, 'INTAKE_MAX_IN_FLIGHT', 256, 1),
    callbackUrls: readCallbackUrlSettings(env),
  };
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');
