import {
  Env,
  intakeServiceTokenCheck,
  ProductionCheck,
  productionSecret,
  readDuration,
  readWholeNumber,
} from '@redress/platform';

/**
 * The value WEBHOOK_SIGNING_KEY takes outside production when unset: public, so anyone could derive every client's
 * signing secret from a database dump with it.
 */
export const DEVELOPMENT_WEBHOOK_SIGNING_KEY = 'redress-local-webhook-signing-key-not-for-production';
export const MIN_WEBHOOK_SIGNING_KEY_LENGTH = 32;

export const INTAKE_PRODUCTION_CHECKS: readonly ProductionCheck[] = [
  productionSecret('WEBHOOK_SIGNING_KEY', MIN_WEBHOOK_SIGNING_KEY_LENGTH, [DEVELOPMENT_WEBHOOK_SIGNING_KEY]),
  intakeServiceTokenCheck,
];

export interface WebhookSettings {
  /** Each client's signing secret is HMAC(its stored nonce, this key): a dump of the database alone reveals none. */
  signingKey: string;
  /** How long a rotated-out signing secret still signs deliveries beside the new one (WEBHOOK_SECRET_OVERLAP). */
  secretOverlapMs: number;
  /** The first retry's wait; each further one doubles it, up to `retryMaxBackoffMs`. */
  retryBackoffMs: number;
  retryMaxBackoffMs: number;
  /** How long one delivery is retried, counted from when it was first due (or redelivered). */
  giveUpAfterMs: number;
  /** From the connection to the end of the answer, and for resolving then connecting. */
  timeoutMs: number;
  connectTimeoutMs: number;
  pollIntervalMs: number;
  /** Deliveries one replica sends to one subscription at a time (each of a different complaint). */
  endpointConcurrency: number;
  /** How long claimed deliveries are reserved for their sender; past it (a crashed replica) they are claimed again. */
  leaseMs: number;
  /** How long finished deliveries and their attempts stay listed (WEBHOOK_DELIVERY_RETENTION). */
  deliveryRetentionMs: number;
  /** Consecutive failures that open a subscription's circuit, and how long it stays open before one probe. */
  breakerFailures: number;
  breakerCooldownMs: number;
}

/** The DELIVERY_* names are the notifier's: one value in a shared environment means the same for both senders. */
export function readWebhookSettings(env: Env): WebhookSettings {
  const signingKey = env.WEBHOOK_SIGNING_KEY ?? DEVELOPMENT_WEBHOOK_SIGNING_KEY;
  if (signingKey.length < MIN_WEBHOOK_SIGNING_KEY_LENGTH)
    throw new Error(`setting WEBHOOK_SIGNING_KEY: use at least ${MIN_WEBHOOK_SIGNING_KEY_LENGTH} characters`);
  const settings = {
    signingKey,
    secretOverlapMs: readDuration(env, 'WEBHOOK_SECRET_OVERLAP', '24h'),
    retryBackoffMs: readDuration(env, 'DELIVERY_RETRY_BACKOFF', '5s'),
    retryMaxBackoffMs: readDuration(env, 'DELIVERY_RETRY_MAX_BACKOFF', '10m'),
    giveUpAfterMs: readDuration(env, 'DELIVERY_GIVE_UP_AFTER', '24h'),
    timeoutMs: readDuration(env, 'DELIVERY_TIMEOUT', '10s'),
    connectTimeoutMs: readDuration(env, 'DELIVERY_CONNECT_TIMEOUT', '5s'),
    pollIntervalMs: readDuration(env, 'DELIVERY_POLL_INTERVAL', '250ms'),
    endpointConcurrency: readWholeNumber(env, 'DELIVERY_ENDPOINT_CONCURRENCY', 4, 1),
    leaseMs: readDuration(env, 'DELIVERY_LEASE', '2m'),
    deliveryRetentionMs: readDuration(env, 'WEBHOOK_DELIVERY_RETENTION', '30d'),
    breakerFailures: readWholeNumber(env, 'DELIVERY_BREAKER_FAILURES', 5, 1),
    breakerCooldownMs: readDuration(env, 'DELIVERY_BREAKER_COOLDOWN', '30s'),
  };
  if (settings.retryMaxBackoffMs < settings.retryBackoffMs)
    throw new Error('setting DELIVERY_RETRY_MAX_BACKOFF: use at least DELIVERY_RETRY_BACKOFF');
  // A lease must outlast one send's worst case: resolving and connecting (each DELIVERY_CONNECT_TIMEOUT), the answer.
  if (settings.leaseMs < 2 * settings.connectTimeoutMs + settings.timeoutMs)
    throw new Error('setting DELIVERY_LEASE: use at least DELIVERY_TIMEOUT plus twice DELIVERY_CONNECT_TIMEOUT');
  // Zero would have every replica query Postgres in a tight loop.
  if (settings.pollIntervalMs < 10) throw new Error('setting DELIVERY_POLL_INTERVAL must be at least 10ms');
  return settings;
}
