import { EmbeddedBroker, EmbeddedPostgresHandle, startBroker, startPostgres } from '@redress/infra';
// Deep imports: the test run's global setup loads this file, and the package's index would load NestJS and the
// contracts there, registering their validation classes a second time beside the tests' own (run in band).
import { KafkaSecurity, readKafkaSecurity } from '../../libs/platform/src/config/kafka-security';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { readTopicSettings, TopicSettings, topicConfigs } from './topic-settings';

/** Postgres and a Kafka-protocol broker: embedded ones, or the ones DATABASE_URL and KAFKA_BROKERS name. */
export interface Infrastructure {
  /** Server URL; each stack gets its own database on it. */
  postgresUrl: string;
  brokers: string;
  /** The embedded broker, when there is one: the chaos run takes it down and up. */
  embeddedBroker?: EmbeddedBroker;
  /** The embedded Postgres, when there is one: the chaos run takes it down and up. */
  embeddedPostgres?: EmbeddedPostgresHandle;
  createDatabase(name: string): Promise<string>;
  createTopics(names: string[]): Promise<void>;
  stop(): Promise<void>;
}

export interface InfrastructureOptions {
  dataDir: string;
  persistent: boolean;
  postgresPort?: number;
  brokerPort?: number;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  /** Extra settings for the embedded Postgres (see PostgresOptions.extraSettings). */
  postgresSettings?: string[];
}

export async function startInfrastructure(options: InfrastructureOptions): Promise<Infrastructure> {
  const env = options.env ?? process.env;
  const postgres = env.DATABASE_URL
    ? existingPostgres(env.DATABASE_URL)
    : await startPostgres({
        dataDir: options.dataDir,
        port: options.postgresPort,
        persistent: options.persistent,
        log: options.log,
        extraSettings: options.postgresSettings,
      });
  try {
    const broker = env.KAFKA_BROKERS
      ? existingKafka(env.KAFKA_BROKERS, readTopicSettings(env), readKafkaSecurity(env))
      : await startBroker({ port: options.brokerPort, log: options.log });
    return {
      postgresUrl: postgres.url,
      brokers: broker.brokers,
      embeddedBroker: env.KAFKA_BROKERS ? undefined : (broker as EmbeddedBroker),
      embeddedPostgres: env.DATABASE_URL ? undefined : (postgres as EmbeddedPostgresHandle),
      createDatabase: (name) => postgres.createDatabase(name),
      createTopics: async (names) => {
        await broker.createTopics(names);
      },
      stop: async () => {
        await broker.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/** An existing server: the stack uses the database DATABASE_URL names and never stops the server. */
export function existingPostgres(url: string) {
  return {
    url,
    createDatabase: async (name: string) => {
      const target = new URL(url);
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      target.pathname = `/${name}`;
      return target.toString();
    },
    stop: async () => undefined,
  };
}

/** What `createTopics` did on an existing cluster: it never changes a topic that is already there. */
export interface TopicReport {
  created: string[];
  /** Topics left as they were, with their partition counts (which may differ from TOPIC_PARTITIONS). */
  existing: { topic: string; partitions: number }[];
}

/** An existing Kafka cluster: topics are created through the admin API, which real brokers support. */
export function existingKafka(brokers: string, settings: TopicSettings, security: KafkaSecurity = readKafkaSecurity()) {
  return {
    brokers,
    createTopics: async (names: string[]): Promise<TopicReport> => {
      const admin = new Kafka({
        clientId: 'redress-setup',
        brokers: brokers.split(','),
        ...security,
        logLevel: logLevel.WARN,
      }).admin();
      await admin.connect();
      try {
        const present = new Set(await admin.listTopics());
        const missing = names.filter((name) => !present.has(name));
        if (missing.length > 0)
          await admin.createTopics({ topics: topicConfigs(missing, settings), waitForLeaders: true });
        const kept = names.filter((name) => present.has(name));
        const { topics } = kept.length > 0 ? await admin.fetchTopicMetadata({ topics: kept }) : { topics: [] };
        return {
          created: missing,
          existing: topics.map(({ name, partitions }) => ({ topic: name, partitions: partitions.length })),
        };
      } finally {
        await admin.disconnect();
      }
    },
    stop: async () => undefined,
  };
}
