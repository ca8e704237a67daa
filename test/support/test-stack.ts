import { SERVICES } from '@redress/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppStack, AppStackOptions, LOCAL_ALLOWED_HOSTS, startAppStack } from '../../scripts/stack/app-stack';
import { existingPostgres } from '../../scripts/stack/infrastructure';
import { AppName } from '../../scripts/stack/service-process';
import { DemoSecrets } from '../../scripts/stack/provision';
import { TestInfrastructureEnv } from './test-infrastructure';

export interface TestStack extends AppStack {
  secrets: DemoSecrets;
  topicPrefix: string;
  brokers: string;
  /** A direct connection to the stack's database, for assertions on each service's tables. */
  db: Client;
  /** Lines each service printed, newest last: attached to failures to explain them. */
  logs: Record<AppName, string[]>;
  stop(): Promise<void>;
}

/** `describe` for suites that need the stack: skipped, with the reason printed by the global setup, where it cannot run. */
export const describeE2E: jest.Describe = process.env[TestInfrastructureEnv.SkipReason] ? describe.skip : describe;

/** The run's shared Postgres server (host and port), e.g. for a proxy in front of it. */
export function testPostgresAddress(): { host: string; port: number } {
  const url = new URL(required(TestInfrastructureEnv.PostgresUrl));
  return { host: url.hostname, port: Number(url.port) };
}

/** A new database on the run's shared Postgres; returns its URL. */
export function testDatabase(name: string): Promise<string> {
  return existingPostgres(required(TestInfrastructureEnv.PostgresUrl)).createDatabase(name);
}

/** Creates topics on the run's shared broker (through the global setup, which owns the embedded one). */
export async function testTopics(topics: string[]): Promise<void> {
  const response = await fetch(`${required(TestInfrastructureEnv.ControlUrl)}/topics`, {
    method: 'POST',
    body: JSON.stringify({ topics }),
  });
  if (!response.ok) throw new Error(`creating topics failed: ${await response.text()}`);
}

/**
 * Four service processes (and the console, when asked for) with their own database and topic prefix on the run's
 * shared Postgres and broker.
 */
export async function startTestStack(
  name: string,
  env: Record<string, string> = {},
  {
    withConsole = false,
    consoleEnv = {},
    envFor,
  }: { withConsole?: boolean; consoleEnv?: Record<string, string>; envFor?: AppStackOptions['envFor'] } = {},
): Promise<TestStack> {
  const brokers = required(TestInfrastructureEnv.Brokers);
  const id = `${name}_${randomBytes(3).toString('hex')}`;
  const topicPrefix = `${id}.`;
  const logs = Object.fromEntries([...SERVICES, 'console'].map((service) => [service, [] as string[]])) as Record<
    AppName,
    string[]
  >;
  const stack = await startAppStack({
    infrastructure: { brokers, createDatabase: testDatabase, createTopics: testTopics },
    database: id,
    // Roles belong to the server, which every stack of the run shares.
    rolePrefix: `${id}_`,
    topicPrefix,
    // The tests' sinks and receivers listen on loopback, whatever the shell running the tests allows. Customers
    // without a window of their own are reachable around the clock, so tests pass at any hour; the contact-window
    // tests set DEFAULT_CONTACT_WINDOW themselves.
    env: {
      LOG_LEVEL: 'warn',
      WEBHOOK_ALLOWED_HOSTS: LOCAL_ALLOWED_HOSTS,
      DEFAULT_CONTACT_WINDOW: '00:00-00:00',
      ...env,
    },
    envFor,
    console: withConsole ? { env: { LOG_LEVEL: 'warn', ...env, ...consoleEnv } } : undefined,
    onLine: (service, line) => {
      if (process.env.REDRESS_TEST_LOGS) process.stdout.write(`${id} ${service} | ${line}\n`);
      logs[service].push(line);
      if (logs[service].length > 500) logs[service].shift();
    },
  });
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  return {
    ...stack,
    secrets: stack.secrets as DemoSecrets,
    topicPrefix,
    brokers,
    db,
    logs,
    stop: async () => {
      await db.end();
      await stack.stop();
    },
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through jest's global setup (npm test)`);
  return value;
}
