import { readKafkaSecurity } from '@redress/platform';
import { Kafka, logLevel } from 'kafkajs';
import { localCredentialsFile, readCredentials } from '../stack/credentials';

/** The brokers KAFKA_BROKERS names, else those of the running `npm start` (its .redress/credentials.json). */
export async function opsBrokers(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const brokers = env.KAFKA_BROKERS ?? (await readCredentials(localCredentialsFile()))?.kafka.brokers;
  if (!brokers)
    throw new Error(
      'no broker to talk to: set KAFKA_BROKERS, or start the stack with npm start (it writes .redress/credentials.json)',
    );
  return brokers
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

/** A quiet client, with the TLS and SASL settings of the environment: the CLIs print what they find and report failures themselves. */
export function opsKafka(brokers: string[], clientId: string, env: NodeJS.ProcessEnv = process.env): Kafka {
  return new Kafka({ clientId, brokers, ...readKafkaSecurity(env), logLevel: logLevel.NOTHING });
}
