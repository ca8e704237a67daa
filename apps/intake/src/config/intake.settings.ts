import { Env, loadServiceSettings, readDuration, ServiceSettings } from '@redress/platform';

const DAY_MS = 86_400_000;

export interface IntakeSettings extends ServiceSettings {
  /** Currency of a claimed remedy when the complaint names no order. */
  defaultCurrency: string;
  /** How long an Idempotency-Key is remembered; never less than a day. */
  idempotencyKeyTtlMs: number;
  /** Complaints written at once before more are refused with 503 (INTAKE_MAX_IN_FLIGHT). */
  maxInFlight: number;
}

export function loadIntakeSettings(env: Env = process.env): IntakeSettings {
  const idempotencyKeyTtlMs = readDuration(env, 'IDEMPOTENCY_KEY_TTL', '24h');
  if (idempotencyKeyTtlMs < DAY_MS) throw new Error('setting IDEMPOTENCY_KEY_TTL must be at least 24h');
  return {
    ...loadServiceSettings('intake', env),
    defaultCurrency: env.COMPENSATION_CURRENCY ?? 'RUB',
    idempotencyKeyTtlMs,
    maxInFlight: readMaxInFlight(env),
  };
}

function readMaxInFlight(env: Env): number {
  const text = env.INTAKE_MAX_IN_FLIGHT ?? '256';
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`setting INTAKE_MAX_IN_FLIGHT: "${text}" is not a whole number of 1 or more`);
  return limit;
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');
