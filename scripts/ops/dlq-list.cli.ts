import { DeadLetter, DeadLetterStore } from '@redress/messaging';
import { parseArgs, runCli, serviceArg } from './cli-args';
import { opsBrokers, opsKafka } from './kafka-connection';

const USAGE = 'npm run dlq:list -- <service>';
const MAX_ERROR = 160;

/** `npm run dlq:list -- <service>`: every dead letter on dlq.<service>, oldest first per partition. */
runCli('dlq:list', async () => {
  const service = serviceArg(parseArgs(process.argv.slice(2)).positionals[0], USAGE);
  const store = new DeadLetterStore(opsKafka(await opsBrokers(), 'redress-dlq-list'), service);
  const letters = await store.list();
  const replayed = letters.filter((letter) => letter.replayed).length;
  process.stdout.write(`${store.topic}: ${letters.length} dead letter(s), ${replayed} replayed\n`);
  for (const letter of letters) process.stdout.write(`${describe(letter)}\n`);
});

function describe(letter: DeadLetter): string {
  const error = letter.error.replace(/\s+/g, ' ');
  return [
    `${letter.partition}:${letter.offset}`,
    `from ${letter.originalTopic}[${letter.originalPartition}]@${letter.originalOffset}`,
    `reason=${letter.reason}`,
    `attempts=${letter.attempts}`,
    `failed=${letter.failedAt}`,
    `event=${letter.eventType ?? '-'}/${letter.eventId ?? '-'}`,
    `replayed=${letter.replayed ? 'yes' : 'no'}`,
    `error=${error.length > MAX_ERROR ? `${error.slice(0, MAX_ERROR - 1)}…` : error}`,
  ].join('  ');
}
