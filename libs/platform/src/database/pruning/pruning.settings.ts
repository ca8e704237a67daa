import { Env, readDuration, readWholeNumber } from '../../config/env';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How much longer than the topics' retention an inbox row is kept. `topics:create` sets each topic's `segment.ms` to
 * 12 h, and Kafka deletes a segment once its newest event passes `retention.ms`: an event is readable for at most
 * TOPIC_RETENTION + 12 h (plus the broker's 5-minute retention check). The rest of the day covers clocks that differ
 * between the brokers and the database.
 */
export const INBOX_RETENTION_MARGIN_MS = DAY_MS;

/** How each service prunes its operational tables (docs/retention.md). */
export interface PruningSettings {
  /** Time between pruning rounds (PRUNE_INTERVAL); 0 turns pruning off. */
  intervalMs: number;
  /** Rows deleted (or blanked) by one statement (PRUNE_BATCH_SIZE). */
  batchSize: number;
  /** Pause between two batches, so a large backlog does not crowd out the service's own work (PRUNE_BATCH_PAUSE). */
  batchPauseMs: number;
  /** How long a published outbox row is kept after `sent_at` (OUTBOX_RETENTION). */
  outboxRetentionMs: number;
  /** How long an inbox row is kept after it was consumed (INBOX_RETENTION). */
  inboxRetentionMs: number;
  /** How long the topics keep events (TOPIC_RETENTION, as given to `topics:create`). */
  topicRetentionMs: number;
}

/**
 * Reads PRUNE_*, OUTBOX_RETENTION, INBOX_RETENTION and TOPIC_RETENTION. The inbox is the consumers' memory of what
 * they applied: an event delivered again after its inbox row is gone would be applied twice. Events are delivered
 * again only while a topic still holds them (a new or reset consumer group reads from the beginning), so the rule
 * is INBOX_RETENTION >= TOPIC_RETENTION + 1 day, and a service refuses to start otherwise.
 */
export function readPruningSettings(env: Env): PruningSettings {
  const settings: PruningSettings = {
    intervalMs: readDuration(env, 'PRUNE_INTERVAL', '10m'),
    batchSize: readWholeNumber(env, 'PRUNE_BATCH_SIZE', 1000, 1, 100_000),
    batchPauseMs: readDuration(env, 'PRUNE_BATCH_PAUSE', '100ms'),
    outboxRetentionMs: readDuration(env, 'OUTBOX_RETENTION', '1d'),
    inboxRetentionMs: readDuration(env, 'INBOX_RETENTION', '8d'),
    topicRetentionMs: readDuration(env, 'TOPIC_RETENTION', '7d'),
  };
  // Shorter, and a replica would query its tables in a tight loop; 0 means off.
  if (settings.intervalMs > 0 && settings.intervalMs < 1000)
    throw new Error('setting PRUNE_INTERVAL: use at least 1s, or 0s to turn pruning off');
  // `npm start` and the broker-loss recovery queue recent sends again from the outbox (docs/operations.md).
  if (settings.outboxRetentionMs < HOUR_MS) throw new Error('setting OUTBOX_RETENTION: use at least 1h');
  if (settings.inboxRetentionMs < settings.topicRetentionMs + INBOX_RETENTION_MARGIN_MS) {
    throw new Error(
      `setting INBOX_RETENTION: ${env.INBOX_RETENTION ?? '8d'} is shorter than TOPIC_RETENTION ` +
        `(${env.TOPIC_RETENTION ?? '7d'}) plus 1d; an event still on a topic could be delivered again after its ` +
        `inbox row was pruned, and applied twice (docs/retention.md)`,
    );
  }
  return settings;
}
