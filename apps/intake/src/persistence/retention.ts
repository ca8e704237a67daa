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

/**
 * Numbered changes leave the feed CHANGE_FEED_RETENTION after they were numbered; deleting them raises the client
 * system's horizon (migration 1765002400000), and a cursor before it is answered 410. A change a subscription has
 * not dispatched yet stays, however old: its webhook must still be made from it.
 */
export function clientChangesPruneJob(settings: Pick<IntakeSettings, 'changeFeedRetentionMs'>): PruneJob {
  return {
    table: 'intake.client_changes',
    ageColumn: 'recorded_at',
    retentionMs: settings.changeFeedRetentionMs,
    where:
      'NOT EXISTS (SELECT 1 FROM intake.subscriptions s WHERE s.client_system_id = client_changes.client_system_id ' +
      'AND s.dispatched_position < client_changes.position)',
  };
}
