import { ServiceName } from '@redress/contracts';
import { parseDuration } from './duration';
import { ProductionCheck, refuseUnsafeInProduction, SERVICE_PRODUCTION_CHECKS } from './production';

/** The port each service listens on unless PORT says otherwise (DESIGN.md). */
export const DEFAULT_PORTS: Record<ServiceName, number> = { intake: 3000, triage: 3001, escalation: 3002, notifier: 3003 };

export interface ServiceSettings {
  service: ServiceName;
  httpHost: string;
  httpPort: number;
  databaseUrl: string;
  kafkaBrokers: string[];
  /** Consumer group id; replicas of one service share it. */
  kafkaGroupId: string;
  /** The lowest level logged (LOG_LEVEL): fatal, error, warn, info, debug or trace. */
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Env = Record<string, string | undefined>;

/**
 * Reads and checks the settings every service shares; a bad value stops start-up with a message naming it. In
 * production, the shared checks and the service's own (`productionChecks`) first report every unsafe setting at once.
 */
export function loadServiceSettings(service: ServiceName, env: Env = process.env, productionChecks: readonly ProductionCheck[] = []): ServiceSettings {
  refuseUnsafeInProduction(env, [...SERVICE_PRODUCTION_CHECKS, ...productionChecks]);
  return {
    service,
    httpHost: env.HTTP_HOST ?? '127.0.0.1',
    httpPort: readPort(env, 'PORT', DEFAULT_PORTS[service]),
    databaseUrl: required(env, 'DATABASE_URL'),
    kafkaBrokers: required(env, 'KAFKA_BROKERS').split(',').map((broker) => broker.trim()).filter(Boolean),
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
