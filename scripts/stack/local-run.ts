import { ServiceName } from '@redress/contracts';
import { DEFAULT_PORTS } from '@redress/platform';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppStack, startAppStack } from './app-stack';
import { credentialsFrom, localCredentialsFile, readCredentials, writeCredentials } from './credentials';
import { startInfrastructure } from './infrastructure';
import { startSinks, Sinks } from './sinks';
import { repoRoot } from './repo-root';

/**
 * What `npm start` and `npm run dev` run: embedded Postgres and broker, migrations, demo seed, the four services and
 * the console, credentials file. Data lives in .redress/data between runs; `-- --fresh` starts from empty data.
 */
const ROOT = repoRoot();
const STATE_DIR = join(ROOT, '.redress');
const CREDENTIALS_FILE = localCredentialsFile();
const POSTGRES_PORT = Number(process.env.REDRESS_POSTGRES_PORT ?? 5433);
const BROKER_PORT = Number(process.env.REDRESS_BROKER_PORT ?? 9092);
const SMTP_SINK_PORT = Number(process.env.REDRESS_SMTP_SINK_PORT ?? 2525);
const SINK_WEB_PORT = Number(process.env.REDRESS_SINK_PORT ?? 3025);
const CONSOLE_PORT = Number(process.env.REDRESS_CONSOLE_PORT ?? 3004);

export interface LocalRunOptions {
  /** Runs first when Ctrl-C (or a failed start) stops everything: dev mode stops watching. */
  beforeStop?: () => void;
}

/** Starts everything and prints where it listens; stops it all on SIGINT or SIGTERM. */
export async function startLocal(options: LocalRunOptions = {}): Promise<AppStack> {
  if (process.argv.includes('--fresh')) {
    await rm(join(STATE_DIR, 'data'), { recursive: true, force: true });
    await rm(CREDENTIALS_FILE, { force: true });
    say('starting from empty data (--fresh)');
  }
  say('starting Postgres and the Kafka-protocol broker (the first run builds the broker, about a minute)');
  const infrastructure = await startInfrastructure({
    dataDir: join(STATE_DIR, 'data', 'postgres'),
    persistent: true,
    postgresPort: POSTGRES_PORT,
    brokerPort: BROKER_PORT,
    log: (line) => say(line),
  });
  let stack: AppStack | undefined;
  let sinks: Sinks | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    options.beforeStop?.();
    say(`${signal}: stopping services, broker and Postgres`);
    await stack?.stop().catch((error: Error) => say(`stopping services: ${error.message}`));
    await sinks?.stop().catch((error: Error) => say(`stopping the sinks: ${error.message}`));
    await infrastructure.stop().catch((error: Error) => say(`stopping infrastructure: ${error.message}`));
    process.exit(signal === 'failure' ? 1 : 0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const previous = await readCredentials(CREDENTIALS_FILE);
  try {
    // A local mail server and SMS gateway that keep what the notifier sends, unless SMTP_URL / SMS_GATEWAY_URL name real ones.
    sinks = await startSinks({
      smtpPort: SMTP_SINK_PORT,
      httpPort: SINK_WEB_PORT,
      onMessage: (message) =>
        process.stdout.write(
          `${'sink'.padEnd(10)} | ${message.channel} to ${message.to}: ${message.subject ?? message.text.slice(0, 60)}\n`,
        ),
    });
    stack = await startAppStack({
      console: { port: CONSOLE_PORT, apiKey: previous?.console?.intakeApiKey },
      infrastructure,
      database: 'redress',
      brokerStartsEmpty: !process.env.KAFKA_BROKERS,
      topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
      ports: DEFAULT_PORTS,
      customerFacingFirst: true,
      env: {
        SMTP_URL: process.env.SMTP_URL ?? sinks.smtpUrl,
        SMS_GATEWAY_URL: process.env.SMS_GATEWAY_URL ?? sinks.smsGatewayUrl,
      },
      onLine: (service, line) => process.stdout.write(`${service.padEnd(10)} | ${line}\n`),
    });
  } catch (error) {
    say(`start failed: ${(error as Error).message}`);
    await shutdown('failure');
    throw error;
  }
  const urls = Object.fromEntries(
    Object.entries(stack.services).map(([name, service]) => [name, service.url]),
  ) as Record<ServiceName, string>;
  const credentials = stack.secrets
    ? credentialsFrom(stack.secrets, urls, infrastructure.brokers)
    : previous && { ...previous, kafka: { brokers: infrastructure.brokers } };
  if (credentials) {
    // Extra keys only; the shape DESIGN.md gives stays as it is.
    credentials.sinks = { deliveries: sinks.webUrl, smtp: sinks.smtpUrl, smsGateway: sinks.smsGatewayUrl };
    const consoleApiKey = stack.secrets?.consoleApiKey ?? previous?.console?.intakeApiKey;
    if (stack.console && consoleApiKey) credentials.console = { url: stack.console.url, intakeApiKey: consoleApiKey };
    await writeCredentials(CREDENTIALS_FILE, credentials);
  } else say(`data exists but ${CREDENTIALS_FILE} is gone: run "npm start -- --fresh" for new demo credentials`);

  say('Redress is running. Ctrl-C stops everything.');
  for (const [name, url] of Object.entries(urls)) say(`  ${name.padEnd(10)} ${url}`);
  if (stack.console)
    say(
      `  console    ${stack.console.url} (sign in with a member, owner or supervisor token from the credentials file)`,
    );
  say(`  postgres   ${infrastructure.postgresUrl.replace(/:[^:@/]+@/, ':***@')}`);
  say(`  kafka      ${infrastructure.brokers}`);
  say(
    `  deliveries ${sinks.webUrl} (emails to the SMTP sink ${sinks.smtpUrl}, SMS to the gateway sink ${sinks.smsGatewayUrl})`,
  );
  say(`  credentials ${CREDENTIALS_FILE}`);
  return stack;
}

/** One line of the runner's own, formatted like the services' lines. */
export function say(line: string): void {
  process.stdout.write(`${'redress'.padEnd(10)} | ${line}\n`);
}
