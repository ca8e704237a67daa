import { readFileSync } from 'node:fs';
import { KafkaConfig, SASLOptions } from 'kafkajs';
import { Env, required } from './env';

/** What a kafkajs client needs besides the brokers to reach a secured cluster; empty for a plaintext one. */
export type KafkaSecurity = Pick<KafkaConfig, 'ssl' | 'sasl'>;

export const KAFKA_SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512', 'plain'] as const;

/**
 * Reads KAFKA_SSL, KAFKA_SSL_CA_FILE, KAFKA_SSL_REJECT_UNAUTHORIZED and KAFKA_SASL_* (docs/least-privilege.md); every
 * kafkajs client spreads the result into its config. A bad or inconsistent value stops start-up naming the setting.
 */
export function readKafkaSecurity(env: Env = process.env): KafkaSecurity {
  const ssl = readSsl(env);
  const sasl = readSasl(env, ssl !== undefined);
  return { ...(ssl && { ssl }), ...(sasl && { sasl }) };
}

function readSsl(env: Env): KafkaConfig['ssl'] {
  if (!readBoolean(env, 'KAFKA_SSL', false)) {
    const orphan = ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_REJECT_UNAUTHORIZED'].find((name) => env[name]);
    if (orphan) throw new Error(`setting ${orphan}: only used with KAFKA_SSL=true`);
    return undefined;
  }
  const rejectUnauthorized = readBoolean(env, 'KAFKA_SSL_REJECT_UNAUTHORIZED', true);
  const caFile = env.KAFKA_SSL_CA_FILE;
  return { rejectUnauthorized, ...(caFile && { ca: [readPem(caFile)] }) };
}

function readPem(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `setting KAFKA_SSL_CA_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----'))
    throw new Error(`setting KAFKA_SSL_CA_FILE: ${file} holds no PEM certificate`);
  return text;
}

function readSasl(env: Env, ssl: boolean): SASLOptions | undefined {
  const mechanism = env.KAFKA_SASL_MECHANISM;
  if (!mechanism) {
    const orphan = ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'].find((name) => env[name]);
    if (orphan) throw new Error(`setting KAFKA_SASL_MECHANISM is required with ${orphan}`);
    return undefined;
  }
  if (!(KAFKA_SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
    throw new Error(`setting KAFKA_SASL_MECHANISM: "${mechanism}" is not one of ${KAFKA_SASL_MECHANISMS.join(', ')}`);
  }
  // PLAIN hands the password to whoever is on the line; only TLS keeps it from the network.
  if (mechanism === 'plain' && !ssl)
    throw new Error('setting KAFKA_SASL_MECHANISM: plain sends the password as it is and needs KAFKA_SSL=true');
  const username = required(env, 'KAFKA_SASL_USERNAME');
  const password = required(env, 'KAFKA_SASL_PASSWORD');
  return { mechanism: mechanism as (typeof KAFKA_SASL_MECHANISMS)[number], username, password } as SASLOptions;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (text !== 'true' && text !== 'false') throw new Error(`setting ${name}: "${text}" is not true or false`);
  return text === 'true';
}
