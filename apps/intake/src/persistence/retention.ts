import type { PruneJob } from '@redress/platform';
import type { IntakeSettings } from '../config/intake.settings';

/** Idempotency-Keys are forgotten IDEMPOTENCY_KEY_TTL after the request they answered (docs/retention.md). */
export function idempotencyKeysPruneJob(settings: Pick<IntakeSettings, 'idempotencyKeyTtlMs'>): PruneJob {
  return { table: 'intake.idempotency_keys', ageColumn: 'created_at', retentionMs: settings.idempotencyKeyTtlMs };
}
