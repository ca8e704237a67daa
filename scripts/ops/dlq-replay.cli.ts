import { DeadLetterStore } from '@redress/messaging';
import { parseArgs, runCli, serviceArg } from './cli-args';
import { opsBrokers, opsKafka } from './kafka-connection';

const USAGE = 'npm run dlq:replay -- <service> [--id <eventId>]';

/**
 * `npm run dlq:replay -- <service> [--id <eventId>]`: once the cause is fixed, republishes the dead letters of
 * dlq.<service> not replayed before (or only those of one event) to their original topic.
 */
runCli('dlq:replay', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2), ['id']);
  const service = serviceArg(positionals[0], USAGE);
  const eventId = typeof options.id === 'string' ? options.id : undefined;
  const store = new DeadLetterStore(opsKafka(await opsBrokers(), 'redress-dlq-replay'), service);
  const replayed = await store.replay(eventId);
  const scope = eventId ? ` for event ${eventId}` : '';
  if (replayed.length === 0) process.stdout.write(`${store.topic}: nothing to replay${scope}\n`);
  for (const letter of replayed) {
    process.stdout.write(
      `replayed ${store.topic} ${letter.partition}:${letter.offset} (${letter.eventType ?? '-'}/${letter.eventId ?? '-'}) to ${letter.originalTopic}[${letter.originalPartition}]\n`,
    );
  }
});
