import { allTopics, SERVICES, ServiceName } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { DATABASE_APPS, generatedServiceRoles, roleDatabaseUrl } from './database-roles';
import { Infrastructure } from './infrastructure';
import { DemoSecrets, provision } from './provision';
import { AppName, ServiceProcess } from './service-process';

export interface AppStackOptions {
  infrastructure: Pick<Infrastructure, 'brokers' | 'createDatabase' | 'createTopics'>;
  database: string;
  /** Each app connects as `<rolePrefix><app>` (default `redress_`); stacks sharing one Postgres server need their own. */
  rolePrefix?: string;
  /** Lets several stacks share one broker without seeing each other's events. */
  topicPrefix: string;
  /** HTTP ports; free ones when not given. */
  ports?: Record<ServiceName, number>;
  /** The broker kept nothing from an earlier run with this database (the embedded one). */
  brokerStartsEmpty?: boolean;
  /** Extra settings for every service (SLAs, limits ...). */
  env?: Record<string, string>;
  /** One service's settings from everyone's (e.g. its DATABASE_URL through a proxy a test can cut). */
  envFor?: (service: ServiceName, env: Record<string, string>) => Record<string, string>;
  /** Also start the console (port 3004 under `npm start`, a free one otherwise). */
  console?: { port?: number; env?: Record<string, string>; apiKey?: string };
  onLine?: (service: AppName, line: string) => void;
  /**
   * Runs the services nobody waits on in real time (triage groups complaints, escalation counts them and watches
   * deadlines far ahead) at a lower CPU priority, so under overload intake and the notifier, whose answers and
   * acknowledgements customers wait for, come first. (`cpu_shares` in docker-compose.yml does the same.)
   */
  customerFacingFirst?: boolean;
}

/**
 * What a local stack's services may call besides public addresses, unless WEBHOOK_ALLOWED_HOSTS is set: the sinks on
 * loopback (SMS gateway, webhook receiver) and crm.example, the sample complaint's client system, a reserved name
 * that never resolves.
 */
export const LOCAL_ALLOWED_HOSTS = '127.0.0.1,crm.example';

/** The `nice` of the background services when `customerFacingFirst` is set. */
const BACKGROUND_NICENESS = 10;
const BACKGROUND_SERVICES: readonly ServiceName[] = ['triage', 'escalation'];

export interface AppStack {
  /** The administrator's URL of the stack's database. */
  databaseUrl: string;
  /** What each app connects with: its own role, with a password generated at this start. */
  appDatabaseUrls: Record<AppName, string>;
  /** Demo secrets if this start seeded the database, else null. */
  secrets: DemoSecrets | null;
  services: Record<ServiceName, ServiceProcess>;
  /** The console, when asked for. */
  console: ServiceProcess | null;
  stop(): Promise<void>;
}

/**
 * Creates the database and topics, gives every app its own role (new passwords at each start), migrates and seeds,
 * then starts the four services and waits until ready.
 */
export async function startAppStack(options: AppStackOptions): Promise<AppStack> {
  const databaseUrl = await options.infrastructure.createDatabase(options.database);
  await options.infrastructure.createTopics(allTopics(options.topicPrefix));
  const roles = generatedServiceRoles(options.rolePrefix);
  const secrets = await provision(databaseUrl, { brokerStartsEmpty: options.brokerStartsEmpty, roles });
  const appDatabaseUrls = Object.fromEntries(
    DATABASE_APPS.map((app) => [app, roleDatabaseUrl(databaseUrl, roles[app])]),
  ) as Record<AppName, string>;
  const env = {
    KAFKA_BROKERS: options.infrastructure.brokers,
    KAFKA_TOPIC_PREFIX: options.topicPrefix,
    WEBHOOK_ALLOWED_HOSTS: process.env.WEBHOOK_ALLOWED_HOSTS ?? LOCAL_ALLOWED_HOSTS,
  };
  const ports =
    options.ports ??
    (Object.fromEntries(await Promise.all(SERVICES.map(async (service) => [service, await findFreePort()]))) as Record<
      ServiceName,
      number
    >);
  // Report routes ask escalation and the notifier who a token belongs to.
  Object.assign(env, {
    ESCALATION_URL: `http://127.0.0.1:${ports.escalation}`,
    NOTIFIER_URL: `http://127.0.0.1:${ports.notifier}`,
    ...options.env,
  });
  // Intake asks triage and escalation who a staff token belongs to (attachments read by staff); the notifier too
  // (GET /staff/me, /notices/mine), and asks intake for customers' contact details and to send their webhooks.
  const peers: Partial<Record<ServiceName, Record<string, string>>> = {
    intake: { TRIAGE_URL: `http://127.0.0.1:${ports.triage}`, ESCALATION_URL: `http://127.0.0.1:${ports.escalation}` },
    notifier: {
      INTAKE_URL: `http://127.0.0.1:${ports.intake}`,
      TRIAGE_URL: `http://127.0.0.1:${ports.triage}`,
      ESCALATION_URL: `http://127.0.0.1:${ports.escalation}`,
    },
  };
  const services = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      new ServiceProcess({
        service,
        port: ports[service],
        env: options.envFor?.(service, { DATABASE_URL: appDatabaseUrls[service], ...peers[service], ...env }) ?? {
          DATABASE_URL: appDatabaseUrls[service],
          ...peers[service],
          ...env,
        },
        onLine: (line) => options.onLine?.(service, line),
        niceness: options.customerFacingFirst && BACKGROUND_SERVICES.includes(service) ? BACKGROUND_NICENESS : 0,
      }),
    ]),
  ) as Record<ServiceName, ServiceProcess>;
  const consoleProcess = options.console
    ? await consoleFor(options.console, services, secrets, appDatabaseUrls.console, options.onLine)
    : null;
  const stop = async () => {
    await consoleProcess?.stop();
    await Promise.all(Object.values(services).map((process) => process.stop()));
  };
  try {
    await Promise.all(Object.values(services).map((process) => process.start()));
    await consoleProcess?.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl, appDatabaseUrls, secrets, services, console: consoleProcess, stop };
}

/**
 * The console talks to the services over HTTP only (its intake key is the seed's staff reader, or the one kept from
 * it); its own schema, in the same database, holds the sessions signed out.
 */
async function consoleFor(
  options: NonNullable<AppStackOptions['console']>,
  services: Record<ServiceName, ServiceProcess>,
  secrets: DemoSecrets | null,
  databaseUrl: string,
  onLine: AppStackOptions['onLine'],
): Promise<ServiceProcess> {
  const apiKey = secrets?.consoleApiKey ?? options.apiKey;
  if (!apiKey) throw new Error('the console needs the staff-reader API key of the demo seed: start from fresh data');
  return new ServiceProcess({
    service: 'console',
    port: options.port ?? (await findFreePort()),
    env: {
      INTAKE_URL: services.intake.url,
      TRIAGE_URL: services.triage.url,
      ESCALATION_URL: services.escalation.url,
      NOTIFIER_URL: services.notifier.url,
      CONSOLE_INTAKE_API_KEY: apiKey,
      DATABASE_URL: databaseUrl,
      ...options.env,
    },
    onLine: (line) => onLine?.('console', line),
  });
}
