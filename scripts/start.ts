import { ServiceName } from '@redress/contracts';
import { DEFAULT_PORTS } from '@redress/platform';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startAppStack } from './stack/app-stack';
import { credentialsFrom, readCredentials, writeCredentials } from './stack/credentials';
import { startInfrastructure } from './stack/infrastructure';
import { repoRoot } from './stack/repo-root';

/**
 * `npm start`: embedded Postgres and broker, migrations, demo seed, the four services, credentials file.
 * Data lives in .redress/data between runs; `npm start -- --fresh` starts from empty data.
 */
const ROOT = repoRoot();
const STATE_DIR = join(ROOT, '.redress');
const CREDENTIALS_FILE = join(STATE_DIR, 'credentials.json');
const POSTGRES_PORT = Number(process.env.REDRESS_POSTGRES_PORT ?? 5433);
const BROKER_PORT = Number(process.env.REDRESS_BROKER_PORT ?? 9092);

async function main(): Promise<void> {
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
  let stack: Awaited<ReturnType<typeof startAppStack>> | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${signal}: stopping services, broker and Postgres`);
    await stack?.stop().catch((error: Error) => say(`stopping services: ${error.message}`));
    await infrastructure.stop().catch((error: Error) => say(`stopping infrastructure: ${error.message}`));
    process.exit(signal === 'failure' ? 1 : 0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    stack = await startAppStack({
      infrastructure,
      database: 'redress',
      brokerStartsEmpty: !process.env.KAFKA_BROKERS,
      topicPrefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
      ports: DEFAULT_PORTS,
      onLine: (service, line) => process.stdout.write(`${service.padEnd(10)} | ${line}\n`),
    });
  } catch (error) {
    say(`start failed: ${(error as Error).message}`);
    return shutdown('failure');
  }
  const urls = Object.fromEntries(Object.entries(stack.services).map(([name, service]) => [name, service.url])) as Record<ServiceName, string>;
  const previous = await readCredentials(CREDENTIALS_FILE);
  const credentials = stack.secrets
    ? credentialsFrom(stack.secrets, urls, infrastructure.brokers)
    : previous && { ...previous, kafka: { brokers: infrastructure.brokers } };
  if (credentials) await writeCredentials(CREDENTIALS_FILE, credentials);
  else say(`data exists but ${CREDENTIALS_FILE} is gone: run "npm start -- --fresh" for new demo credentials`);

  say('Redress is running. Ctrl-C stops everything.');
  for (const [name, url] of Object.entries(urls)) say(`  ${name.padEnd(10)} ${url}`);
  say(`  postgres   ${infrastructure.postgresUrl.replace(/:[^:@/]+@/, ':***@')}`);
  say(`  kafka      ${infrastructure.brokers}`);
  say(`  credentials ${CREDENTIALS_FILE}`);
}

function say(line: string): void {
  process.stdout.write(`redress    | ${line}\n`);
}

main().catch((error: Error) => {
  say(`start failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
