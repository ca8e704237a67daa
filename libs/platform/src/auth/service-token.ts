import { timingSafeEqual } from 'node:crypto';
import { Env } from '../config/env';
import { ProductionCheck, productionSecret } from '../config/production';

/**
 * INTAKE_SERVICE_TOKEN: the bearer token the notifier shows intake's internal routes (a customer's contact details
 * at send time, the customer's webhooks signed with the client's secret). The same value on both; outside
 * production this public default, which production mode refuses.
 */
export const INTAKE_SERVICE_TOKEN = 'INTAKE_SERVICE_TOKEN';
export const DEVELOPMENT_INTAKE_SERVICE_TOKEN = 'redress-local-intake-service-token-not-for-production';
export const MIN_SERVICE_TOKEN_LENGTH = 32;

export const intakeServiceTokenCheck: ProductionCheck = productionSecret(
  INTAKE_SERVICE_TOKEN,
  MIN_SERVICE_TOKEN_LENGTH,
  [DEVELOPMENT_INTAKE_SERVICE_TOKEN],
);

export function readIntakeServiceToken(env: Env): string {
  const token = env[INTAKE_SERVICE_TOKEN] || DEVELOPMENT_INTAKE_SERVICE_TOKEN;
  if (token.length < MIN_SERVICE_TOKEN_LENGTH)
    throw new Error(`setting ${INTAKE_SERVICE_TOKEN}: use at least ${MIN_SERVICE_TOKEN_LENGTH} characters`);
  return token;
}

/** Compares in constant time, so the answer's timing tells nothing of the token. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
