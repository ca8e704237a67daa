import { ALL_EVENT_TYPES, topicFor, topicPrefix } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { parseArgs, runCli } from './cli-args';
import { describeMessage } from './event-summary';
import { opsBrokers, opsKafka } from './kafka-connection';

/**
 * `npm run events:tail -- [topic...] [--from-beginning]`: prints the events on the given topics (names without the
 * KAFKA_TOPIC_PREFIX; all event topics when none are named) as they arrive, one line each, until Ctrl-C. A throwaway
 * consumer group starts at the end of each topic unless --from-beginning; it commits nothing.
 */
runCli('events:tail', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2));
  const prefix = topicPrefix();
  const topics =
    positionals.length > 0
      ? positionals.map((topic) => `${prefix}${topic}`)
      : ALL_EVENT_TYPES.map((type) => topicFor(type));
  const kafka = opsKafka(await opsBrokers(), 'redress-events-tail');
  const consumer = kafka.consumer({
    groupId: `${prefix}events-tail-${randomUUID()}`,
    maxWaitTimeInMs: 100,
    sessionTimeout: 6000,
    heartbeatInterval: 2000,
  });
  const stop = () => void consumer.disconnect().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: options['from-beginning'] === true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, message }) => {
      process.stdout.write(`${describeMessage(topic.slice(prefix.length), message)}\n`);
    },
  });
  process.stderr.write(
    `tailing ${topics.join(', ')}${options['from-beginning'] ? ' from the beginning' : ''} (Ctrl-C stops)\n`,
  );
});
