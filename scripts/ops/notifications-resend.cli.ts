import { Channel, CHANNELS } from '@redress/contracts';
import { createServiceDataSource, parseDuration } from '@redress/platform';
import { resendFailed } from '../../apps/notifier/src/commands/resend-notifications/resend-failed';
import { notifierDataSourceSpec } from '../../apps/notifier/src/persistence/notifier.data-source';
import { parseArgs, runCli } from './cli-args';

const USAGE =
  'npm run notifications:resend -- [--since <ISO time or duration ago, e.g. 2h>] [--channel email|sms|webhook]';
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

/**
 * `npm run notifications:resend -- [--since T] [--channel C]`: once a channel works again, sends the notifications
 * given up on it again (all, or those failed since T, or of one channel) and prints how many. A second run resends
 * nothing new. DATABASE_URL defaults to the database of a running `npm start`.
 */
runCli('notifications:resend', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2), ['since', 'channel']);
  const unknown = [
    ...positionals,
    ...Object.keys(options)
      .filter((name) => name !== 'since' && name !== 'channel')
      .map((name) => `--${name}`),
  ];
  if (unknown.length > 0) throw new Error(`unexpected ${unknown.join(' ')}; usage: ${USAGE}`);
  const since = typeof options.since === 'string' ? sinceOf(options.since) : undefined;
  const channel = options.channel;
  if (channel !== undefined && !(CHANNELS as readonly unknown[]).includes(channel))
    throw new Error(`--channel: use one of ${CHANNELS.join(', ')}`);
  const dataSource = await createServiceDataSource({
    ...notifierDataSourceSpec(process.env.DATABASE_URL ?? LOCAL_DATABASE),
    poolSize: 1,
  }).initialize();
  try {
    const count = await resendFailed(dataSource, { since, channel: channel as Channel | undefined });
    process.stdout.write(`${count} failed notification${count === 1 ? '' : 's'} scheduled again\n`);
  } finally {
    await dataSource.destroy();
  }
});

/** An ISO 8601 time, or a duration (`2h`, `30m`) back from now. */
function sinceOf(text: string): Date {
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text);
  try {
    return new Date(Date.now() - parseDuration(text));
  } catch {
    throw new Error(`--since: "${text}" is neither an ISO time nor a duration like 2h`);
  }
}
