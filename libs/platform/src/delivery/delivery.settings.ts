import { Env, readDuration, readWholeNumber } from '../config/env';

/**
 * The DELIVERY_* settings, read once for both senders: the notifier's customer messages and intake's subscription
 * webhooks. One value in a shared environment means the same for both.
 */
export interface DeliverySettings {
  /** Attempts after which a message is failed; null (the default): no cap, only `giveUpAfterMs` ends its retries. */
  maxAttempts: number | null;
  /** The first retry's wait; each further one doubles it, up to `retryMaxBackoffMs`. */
  retryBackoffMs: number;
  retryMaxBackoffMs: number;
  /** How long a message is retried, counted from when it was first due (or resent). */
  giveUpAfterMs: number;
  /** HTTP: from the connection to the end of the answer (DELIVERY_TIMEOUT); email: per SMTP step. */
  timeoutMs: number;
  /** HTTP: for resolving the host, then for connecting (DELIVERY_CONNECT_TIMEOUT). */
  connectTimeoutMs: number;
  pollIntervalMs: number;
  /** Messages one replica has on the wire at the same time, all endpoints together. */
  concurrency: number;
  /** Messages one replica sends to one endpoint (an SMTP server, a webhook host, a subscription) at a time. */
  endpointConcurrency: number;
  /** How long a claimed message is reserved for its sender; past it (a crashed replica) it is claimed again. */
  leaseMs: number;
  /** Consecutive failures that open an endpoint's circuit, and how long it stays open before one probe. */
  breakerFailures: number;
  breakerCooldownMs: number;
}

export function readDeliverySettings(env: Env): DeliverySettings {
  const settings = {
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS ? readWholeNumber(env, 'DELIVERY_MAX_ATTEMPTS', 0, 1) : null,
    retryBackoffMs: readDuration(env, 'DELIVERY_RETRY_BACKOFF', '5s'),
    retryMaxBackoffMs: readDuration(env, 'DELIVERY_RETRY_MAX_BACKOFF', '10m'),
    giveUpAfterMs: readDuration(env, 'DELIVERY_GIVE_UP_AFTER', '24h'),
    timeoutMs: readDuration(env, 'DELIVERY_TIMEOUT', '10s'),
    connectTimeoutMs: readDuration(env, 'DELIVERY_CONNECT_TIMEOUT', '5s'),
    pollIntervalMs: readDuration(env, 'DELIVERY_POLL_INTERVAL', '250ms'),
    concurrency: readWholeNumber(env, 'DELIVERY_CONCURRENCY', 64, 1),
    endpointConcurrency: readWholeNumber(env, 'DELIVERY_ENDPOINT_CONCURRENCY', 8, 1),
    leaseMs: readDuration(env, 'DELIVERY_LEASE', '2m'),
    breakerFailures: readWholeNumber(env, 'DELIVERY_BREAKER_FAILURES', 5, 1),
    breakerCooldownMs: readDuration(env, 'DELIVERY_BREAKER_COOLDOWN', '30s'),
  };
  // A lease must outlast one send's worst case: an SMTP send can wait out three timeouts (connect, greeting, socket);
  // an HTTP one resolving and connecting (each DELIVERY_CONNECT_TIMEOUT), then the answer.
  if (settings.leaseMs < 4 * settings.timeoutMs)
    throw new Error('setting DELIVERY_LEASE: use at least four times DELIVERY_TIMEOUT');
  if (settings.leaseMs < 2 * settings.connectTimeoutMs + settings.timeoutMs)
    throw new Error('setting DELIVERY_LEASE: use at least DELIVERY_TIMEOUT plus twice DELIVERY_CONNECT_TIMEOUT');
  if (settings.retryMaxBackoffMs < settings.retryBackoffMs)
    throw new Error('setting DELIVERY_RETRY_MAX_BACKOFF: use at least DELIVERY_RETRY_BACKOFF');
  // Zero would have every replica query Postgres in a tight loop.
  if (settings.pollIntervalMs < 10) throw new Error('setting DELIVERY_POLL_INTERVAL must be at least 10ms');
  return settings;
}
