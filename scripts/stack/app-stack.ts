import { allTopics, SERVICES, ServiceName } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { Infrastructure } from './infrastructure';
import { DemoSecrets, provision } from './provision';
import { ServiceProcess } from './service-process';

export interface AppStackOptions {
  infrastructure: Pick<Infrastructure, 'brokers' | 'createDatabase' | 'createTopics'>;
  database: string;
  /** Lets several stacks share one broker without seeing each other's events. */
  topicPrefix: string;
  /** HTTP ports; free ones when not given. */
  ports?: Record<ServiceName, number>;
  /** The broker kept nothing from an earlier run with this database (the embedded one). */
  brokerStartsEmpty?: boolean;
  /** Extra settings for every service (SLAs, limits ...). */
  env?: Record<string, string>;
  onLine?: (service: ServiceName, line: string) => void;
}

export interface AppStack {
  databaseUrl: string;
  /** Demo secrets if this start seeded the database, else null. */
  secrets: DemoSecrets | null;
  services: Record<ServiceName, ServiceProcess>;
  stop(): Promise<void>;
}

/** Creates the database and topics, migrates and seeds, then starts the four services and waits until ready. */
export async function startAppStack(options: AppStackOptions): Promise<AppStack> {
  const databaseUrl = await options.infrastructure.createDatabase(options.database);
  await options.infrastructure.createTopics(allTopics(options.topicPrefix));
  const secrets = await provision(databaseUrl, { brokerStartsEmpty: options.brokerStartsEmpty });
  const env = {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: options.infrastructure.brokers,
    KAFKA_TOPIC_PREFIX: options.topicPrefix,
    ...options.env,
  };
  const ports = options.ports ?? (Object.fromEntries(await Promise.all(SERVICES.map(async (service) => [service, await findFreePort()]))) as Record<ServiceName, number>);
  const services = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      new ServiceProcess({ service, port: ports[service], env, onLine: (line) => options.onLine?.(service, line) }),
    ]),
  ) as Record<ServiceName, ServiceProcess>;
  const stop = async () => {
    await Promise.all(Object.values(services).map((process) => process.stop()));
  };
  try {
    await Promise.all(Object.values(services).map((process) => process.start()));
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl, secrets, services, stop };
}
