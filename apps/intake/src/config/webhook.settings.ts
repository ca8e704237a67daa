import {
  DeliverySettings,
  Env,
  intakeServiceTokenCheck,
  ProductionCheck,
  productionSecret,
  readDeliverySettings,
  readDuration,
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

/** Subscription webhooks: their signing secrets, and the DELIVERY_* settings the notifier's messages share. */
export interface WebhookSettings extends DeliverySettings {
  /** Each client's signing secret is HMAC(its stored nonce, this key): a dump of the database alone reveals none. */
  signingKey: string;
  /** How long a rotated-out signing secret still signs deliveries beside the new one (WEBHOOK_SECRET_OVERLAP). */
  secretOverlapMs: number;
  /** How long finished deliveries and their attempts stay listed (WEBHOOK_DELIVERY_RETENTION). */
  deliveryRetentionMs: number;
}

/** The DELIVERY_* names are the notifier's, read by the same reader: one value means the same for both senders. */
export function readWebhookSettings(env: Env): WebhookSettings {
  const signingKey = env.WEBHOOK_SIGNING_KEY ?? DEVELOPMENT_WEBHOOK_SIGNING_KEY;
  if (signingKey.length < MIN_WEBHOOK_SIGNING_KEY_LENGTH)
    throw new Error(`setting WEBHOOK_SIGNING_KEY: use at least ${MIN_WEBHOOK_SIGNING_KEY_LENGTH} characters`);
  return {
    signingKey,
    secretOverlapMs: readDuration(env, 'WEBHOOK_SECRET_OVERLAP', '24h'),
    deliveryRetentionMs: readDuration(env, 'WEBHOOK_DELIVERY_RETENTION', '30d'),
    ...readDeliverySettings(env),
  };
}
