import { allTopics } from '@redress/contracts';
import { existingKafka } from './stack/infrastructure';

/** `npm run topics:create`: creates every topic of libs/contracts on the Kafka cluster KAFKA_BROKERS names. */
async function main(): Promise<void> {
  if (!process.env.KAFKA_BROKERS) throw new Error('KAFKA_BROKERS is required');
  const topics = allTopics();
  await existingKafka(process.env.KAFKA_BROKERS).createTopics(topics);
  process.stdout.write(`topics ready: ${topics.join(', ')}\n`);
}

main().catch((error: Error) => {
  console.error(`creating topics failed: ${error.message}`);
  process.exit(1);
});
