import { ServiceName } from '@redress/contracts';
import { readOpsTokenHashes } from '../dead-letters/ops-tokens';
import { PeerUrls, readPeerUrls } from './peer-urls';
import type { DatabaseTimeouts } from '../database/database-timeouts';
import { PruningSettings, readPruningSettings } from '../database/pruning/pruning.settings';
import { kafkaGroupId } from '../kafka-group';
import { KafkaSecurity, readKafkaSecurity } from './kafka-security';
import { ProductionCheck, refuseUnsafeInProduction, SERVICE_PRODUCTION_CHECKS } from './production';
import { Env, readDuration, readWholeNumber, required } from './env';

export type { Env } from './env';
export { readBaseUrl, readDuration, readWholeNumber, required } from './env';

/** The port each service listens on unless PORT says otherwise (DESIGN.md). */
export const DEFAULT_PORTS: Record<ServiceName, number> = {
  intake: 3000,
  triage: 3001,
  escalation: 3002,
  notifier: 3003,
};

export interface ServiceSettings {
  service: ServiceName;
  httpHost: string;
  httpPort: number;
  databaseUrl: string;
  databaseTimeouts: DatabaseTimeouts;
  kafkaBrokers: string[];
  /** Most bytes of events in one produce request of the outbox relay (OUTBOX_MAX_BATCH_BYTES). */
  outboxMaxBatchBytes: number;
  /** TLS and SASL for every Kafka client of the service (KAFKA_SSL*, KAFKA_SASL_*). */
  kafkaSecurity: KafkaSecurity;
  /** Consumer group id; replicas of one service share it. */
  kafkaGroupId: string;
  /** The lowest level logged (LOG_LEVEL): fatal, error, warn, info, debug or trace. */
  logLevel: LogLevel;
  httpTimeouts: HttpTimeouts;
  /** Batches, intervals and retentions of the operational tables' pruning (PRUNE_*, *_RETENTION). */
  pruning: PruningSettings;
  /** SHA-256 of the ops tokens that may read and replay dead letters (OPS_TOKEN_HASHES); none: nobody may. */
  opsTokenHashes: string[];
  /** The other services' public URLs (ESCALATION_URL, NOTIFIER_URL): who a report reader's token belongs to. */
  peers: PeerUrls;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Reads and checks the settings every service shares; a bad value stops start-up with a message naming it. In
 * production, the shared checks and the service's own (`productionChecks`) first report every unsafe setting at once.
 */
export function loadServiceSettings(
  service: ServiceName,
  env: Env = process.env,
  productionChecks: readonly ProductionCheck[] = [],
): ServiceSettings {
  refuseUnsafeInProduction(env, [...SERVICE_PRODUCTION_CHECKS, ...productionChecks]);
  return {
    service,
    httpHost: env.HTTP_HOST ?? '127.0.0.1',
    httpPort: readPort(env, 'PORT', DEFAULT_PORTS[service]),
    databaseUrl: required(env, 'DATABASE_URL'),
    databaseTimeouts: readDatabaseTimeouts(env),
    kafkaBrokers: required(env, 'KAFKA_BROKERS')
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean),
    // Under Kafka's default message.max.bytes (1 MiB), with room for a batch's framing.
    outboxMaxBatchBytes: readWholeNumber(env, 'OUTBOX_MAX_BATCH_BYTES', 1_000_000, 4096),
    kafkaSecurity: readKafkaSecurity(env),
    kafkaGroupId: kafkaGroupId(service, env.KAFKA_TOPIC_PREFIX),
    logLevel: readLogLevel(env),
    httpTimeouts: readHttpTimeouts(env),
    pruning: readPruningSettings(env),
    opsTokenHashes: readOpsTokenHashes(env),
    peers: readPeerUrls(env),
  };
}

export function readLogLevel(env: Env): LogLevel {
  const level = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`setting LOG_LEVEL: "${level}" is not one of ${LOG_LEVELS.join(', ')}`);
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
    throw new Error(
      'setting DATABASE_QUERY_TIMEOUT: must be longer than DATABASE_STATEMENT_TIMEOUT, so the server reports its own timeout first',
    );
  }
  return timeouts;
}

/** How long a client may take to send a request: a slow or stalled one is answered 408 and its socket closed. */
export interface HttpTimeouts {
  /** HTTP_REQUEST_TIMEOUT: the whole request, headers and body. */
  requestTimeoutMs: number;
  /** HTTP_HEADERS_TIMEOUT: the headers alone; not more than the request timeout. */
  headersTimeoutMs: number;
  /** HTTP_KEEP_ALIVE_TIMEOUT: how long an idle kept-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
}

export function readHttpTimeouts(env: Env): HttpTimeouts {
  const requestTimeoutMs = readDuration(env, 'HTTP_REQUEST_TIMEOUT', '30s');
  const headersTimeoutMs = readDuration(env, 'HTTP_HEADERS_TIMEOUT', '10s');
  const keepAliveTimeoutMs = readDuration(env, 'HTTP_KEEP_ALIVE_TIMEOUT', '72s');
  if (requestTimeoutMs < 1000) throw new Error('setting HTTP_REQUEST_TIMEOUT: use at least 1s');
  if (headersTimeoutMs < 1000 || headersTimeoutMs > requestTimeoutMs) {
    throw new Error('setting HTTP_HEADERS_TIMEOUT: use at least 1s and no more than HTTP_REQUEST_TIMEOUT');
  }
  return { requestTimeoutMs, headersTimeoutMs, keepAliveTimeoutMs };
}
