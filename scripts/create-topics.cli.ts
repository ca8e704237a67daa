import { allTopics } from '@redress/contracts';
import { existingKafka } from './stack/infrastructure';
import { readTopicSettings } from './stack/topic-settings';

/**
 * `npm run topics:create`: creates the topics of libs/contracts that the Kafka cluster KAFKA_BROKERS names lacks,
 * with TOPIC_PARTITIONS, TOPIC_REPLICATION_FACTOR, TOPIC_RETENTION and TOPIC_MIN_INSYNC_REPLICAS; topics already there
 * are listed and left as they are.
 */
async function main(): Promise<void> {
  if (!process.env.KAFKA_BROKERS) throw new Error('setting KAFKA_BROKERS is required');
  const settings = readTopicSettings();
  const { created, existing } = await existingKafka(process.env.KAFKA_BROKERS, settings).createTopics(allTopics());
  const shape = `${settings.partitions} partitions, replication factor ${settings.replicationFactor}`;
  if (created.length > 0) process.stdout.write(`created (${shape}): ${created.join(', ')}\n`);
  for (const { topic, partitions } of existing)
    process.stdout.write(`left as it was: ${topic} (${partitions} partitions)\n`);
}

main().catch((error: Error) => {
  console.error(`creating topics failed: ${error.message}`);
  process.exit(1);
});
