import { Env, readDuration, readWholeNumber } from '../../libs/platform/src/config/settings';
import type { ITopicConfig } from 'kafkajs';

/** How `topics:create` makes the topics of libs/contracts on a real Kafka cluster. */
export interface TopicSettings {
  /** Upper bound on the replicas of one service that get work: each partition goes to one consumer of the group. */
  partitions: number;
  replicationFactor: number;
  retentionMs: number;
  /** Replicas that must have a write before an `acks: all` producer (the outbox relay) hears it succeeded. */
  minInsyncReplicas: number;
}

/** Reads TOPIC_PARTITIONS, TOPIC_REPLICATION_FACTOR, TOPIC_RETENTION and TOPIC_MIN_INSYNC_REPLICAS. */
export function readTopicSettings(env: Env = process.env): TopicSettings {
  const settings = {
    partitions: readWholeNumber(env, 'TOPIC_PARTITIONS', 3, 1, 10_000),
    replicationFactor: readWholeNumber(env, 'TOPIC_REPLICATION_FACTOR', 1, 1, 32),
    retentionMs: readDuration(env, 'TOPIC_RETENTION', '7d'),
    minInsyncReplicas: readWholeNumber(env, 'TOPIC_MIN_INSYNC_REPLICAS', 1, 1, 32),
  };
  // Shorter, and a consumer back from a short outage would find the events it missed deleted.
  if (settings.retentionMs < 3_600_000)
    throw new Error(`setting TOPIC_RETENTION: "${env.TOPIC_RETENTION}" is under an hour`);
  // More in-sync replicas than copies would refuse every acknowledged write.
  if (settings.minInsyncReplicas > settings.replicationFactor) {
    throw new Error(
      `setting TOPIC_MIN_INSYNC_REPLICAS: ${settings.minInsyncReplicas} is more than TOPIC_REPLICATION_FACTOR (${settings.replicationFactor})`,
    );
  }
  return settings;
}

/**
 * How long a topic's log segment stays open (`segment.ms`). Kafka deletes a whole segment once its newest event passes
 * `retention.ms`, so an event is readable for at most TOPIC_RETENTION plus this: what the services' INBOX_RETENTION
 * rule counts on (libs/platform/src/database/pruning/pruning.settings.ts). Kafka's default is 7 days.
 */
export const TOPIC_SEGMENT_MS = 12 * 3_600_000;

/** The admin API's description of each topic, with retention, segment age and min.insync.replicas as topic configs. */
export function topicConfigs(names: string[], settings: TopicSettings): ITopicConfig[] {
  return names.map((topic) => ({
    topic,
    numPartitions: settings.partitions,
    replicationFactor: settings.replicationFactor,
    configEntries: [
      { name: 'retention.ms', value: String(settings.retentionMs) },
      { name: 'segment.ms', value: String(TOPIC_SEGMENT_MS) },
      { name: 'min.insync.replicas', value: String(settings.minInsyncReplicas) },
    ],
  }));
}
