import { ServiceName } from '@redress/contracts';
import type { DatabaseTimeouts } from '../database/database-timeouts';
import { parseDuration } from './duration';

/** The port each service listens on unless PORT says otherwise (DESIGN.md). */
export const DEFAULT_PORTS: Record<ServiceName, number> = { intake: 3000, triage: 3001, escalation: 3002, notifier: 3003 };

export interface ServiceSettings {
  service: ServiceName;
  httpHost: string;
  httpPort: number;
  databaseUrl: string;
  databaseTimeouts: DatabaseTimeouts;
  kafkaBrokers: string[];
  /** Most bytes of events in one produce request of the outbox relay (OUTBOX_MAX_BATCH_BYTES). */
  outboxMaxBatchBytes: number;
  /** Consumer group id; replicas of one service share it. */
  kafkaGroupId: string;
  /** The lowest level logged (LOG_LEVEL): fatal, error, warn, info, debug or trace. */
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Env = Record<string, string | undefined>;

/** Reads and checks the settings every service shares; a bad value stops start-up with a message naming it. */
export function loadServiceSettings(service: ServiceName, env: Env = process.env): ServiceSettings {
  return {
    service,
    httpHost: env.HTTP_HOST ?? '127.0.0.1',
    httpPort: readPort(env, 'PORT', DEFAULT_PORTS[service]),
    databaseUrl: required(env, 'DATABASE_URL'),
    databaseTimeouts: readDatabaseTimeouts(env),
    kafkaBrokers: required(env, 'KAFKA_BROKERS').split(',').map((broker) => broker.trim()).filter(Boolean),
    // Under Kafka's default message.max.bytes (1 MiB), with room for a batch's framing.
    outboxMaxBatchBytes: readWholeNumber(env, 'OUTBOX_MAX_BATCH_BYTES', 1_000_000, 4096),
    kafkaGroupId: `${env.KAFKA_TOPIC_PREFIX ?? ''}${service}`,
    logLevel: readLogLevel(env),
  };
}

export function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`setting ${name} is required`);
  return value;
}

export function readDuration(env: Env, name: string, fallback: string): number {
  try {
    return parseDuration(env[name] ?? fallback);
  } catch (error) {
    throw new Error(`setting ${name}: ${(error as Error).message}`);
  }
}

/** A whole-number setting within bounds; a bad value stops start-up with a message naming the setting and its range. */
export function readWholeNumber(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    throw new Error(`setting ${name}: "${text}" is not a whole number ${range}`);
  }
  return value;
}

export function readLogLevel(env: Env): LogLevel {
  const level = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`setting LOG_LEVEL: "${level}" is not one of ${LOG_LEVELS.join(', ')}`);
  return level as LogLevel;
}

export function readPort(env: Env, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`setting ${name}: "${text}" is not a port`);
  return port;
}

/** The service's database timeouts (see DatabaseTimeouts); the query timeout must outlast the statement timeout. */
export function readDatabaseTimeouts(env: Env): DatabaseTimeouts {
  const timeouts = {
    connectMs: readDuration(env, 'DATABASE_CONNECT_TIMEOUT', '5s'),
    statementMs: readDuration(env, 'DATABASE_STATEMENT_TIMEOUT', '30s'),
    idleInTransactionMs: readDuration(env, 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT', '60s'),
    queryMs: readDuration(env, 'DATABASE_QUERY_TIMEOUT', '45s'),
  };
  if (timeouts.queryMs > 0 && timeouts.queryMs <= timeouts.statementMs) {
    throw new Error('setting DATABASE_QUERY_TIMEOUT: must be longer than DATABASE_STATEMENT_TIMEOUT, so the server reports its own timeout first');
  }
  return timeouts;
}
