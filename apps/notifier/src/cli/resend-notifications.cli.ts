import { Channel, CHANNELS } from '@redress/contracts';
import { createServiceDataSource, parseDuration } from '@redress/platform';
import { resendFailed } from '../commands/resend-notifications/resend-failed.service';
import { notifierDataSourceSpec } from '../persistence/notifier.data-source';

const USAGE =
  'npm run notifications:resend -- [--since <ISO time or duration ago, e.g. 2h>] [--channel email|sms|webhook]';
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

/**
 * `npm run notifications:resend -- [--since T] [--channel C]`: once a channel works again, sends the notifications
 * given up on it again (all, or those failed since T, or of one channel) and prints how many. A second run resends
 * nothing new. DATABASE_URL defaults to the database of a running `npm start`.
 */
async function main(): Promise<void> {
  const { since, channel } = readOptions(process.argv.slice(2));
  const dataSource = await createServiceDataSource({
    ...notifierDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const count = await resendFailed(dataSource, { since, channel });
    process.stdout.write(`${count} failed notification${count === 1 ? '' : 's'} scheduled again\n`);
  } finally {
    await dataSource.destroy();
  }
}

function readOptions(argv: string[]): { since?: Date; channel?: Channel } {
  const options: { since?: Date; channel?: Channel } = {};
  for (let index = 0; index < argv.length; index += 2) {
    const [name, value] = [argv[index], argv[index + 1]];
    if (name !== '--since' && name !== '--channel') throw new Error(`unexpected ${name}; usage: ${USAGE}`);
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--since') options.since = sinceOf(value);
    else if ((CHANNELS as readonly string[]).includes(value)) options.channel = value as Channel;
    else throw new Error(`--channel: use one of ${CHANNELS.join(', ')}`);
  }
  return options;
}

/** An ISO 8601 time, or a duration (`2h`, `30m`) back from now. */
function sinceOf(text: string): Date {
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text);
  try {
    return new Date(Date.now() - parseDuration(text));
  } catch {
    throw new Error(`--since: "${text}" is neither an ISO time nor a duration like 2h`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`notifications:resend: ${error.message}\n`);
  process.exit(1);
});
