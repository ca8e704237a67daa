import type { PruneJob } from '@redress/platform';
import type { IntakeSettings } from '../config/intake.settings';

/** Idempotency-Keys are forgotten IDEMPOTENCY_KEY_TTL after the request they answered (docs/retention.md). */
export function idempotencyKeysPruneJob(settings: Pick<IntakeSettings, 'idempotencyKeyTtlMs'>): PruneJob {
  return { table: 'intake.idempotency_keys', ageColumn: 'created_at', retentionMs: settings.idempotencyKeyTtlMs };
}

/**
 * Finished subscription deliveries (delivered, given up or cancelled) and, with them, their attempts are forgotten
 * WEBHOOK_DELIVERY_RETENTION after they were last due; pending ones never. The change feed keeps the changes.
 */
export function webhookDeliveriesPruneJob(settings: Pick<IntakeSettings, 'webhooks'>): PruneJob {
  return {
    table: 'intake.webhook_deliveries',
    ageColumn: 'due_at',
    retentionMs: settings.webhooks.deliveryRetentionMs,
    where: "status <> 'pending'",
  };
}
