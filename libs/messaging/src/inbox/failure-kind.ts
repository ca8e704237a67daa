/**
 * Whether a failure is the infrastructure's (it heals by itself: wait and try again, as long as it lasts) or the
 * work's own (the same event fails the same way again: bounded retries, then the dead-letter topic).
 */
export type FailureKind = 'transient' | 'deterministic';

/**
 * SQLSTATEs of a database that is away, overloaded or asking to be retried: the connection classes (08 connection
 * exception, 53 insufficient resources such as too many connections, 57P operator intervention such as an admin
 * shutdown or a server still starting) and single codes: 40001 serialization failure, 40P01 deadlock, 55P03 lock not
 * available, 57014 a statement cancelled by statement_timeout (a database that stopped answering).
 */
const TRANSIENT_SQLSTATE_CLASSES = ['08', '53', '57P'];
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57014']);

/** Socket errors of a peer that is away or not answering. */
const TRANSIENT_SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** What node-postgres and its pool say, without a code, when the connection is lost or never made. */
const TRANSIENT_DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /has encountered a connection error and is not queryable/,
];

/** kafkajs errors of a broker that is away or slow (a handler that produces directly, or a dead letter). */
const TRANSIENT_KAFKAJS_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSConnectionClosedError',
]);

/** How deep wrapped errors (TypeORM's driverError, an Error's cause) are followed. */
const MAX_DEPTH = 5;

/** Classifies a thrown value; anything not recognised as the infrastructure's is the work's own. */
export function classifyFailure(error: unknown): FailureKind {
  return isTransient(error, 0) ? 'transient' : 'deterministic';
}

function isTransient(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  const { code, name, message, driverError, cause } = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (isTransientSqlState(code) || TRANSIENT_SOCKET_ERRORS.has(code))) return true;
  if (typeof name === 'string' && TRANSIENT_KAFKAJS_ERRORS.has(name)) return true;
  if (typeof message === 'string' && TRANSIENT_DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isTransient(driverError, depth + 1) || isTransient(cause, depth + 1);
}

function isTransientSqlState(code: string): boolean {
  if (!/^[0-9A-Z]{5}$/.test(code)) return false;
  return TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SQLSTATE_CLASSES.some((prefix) => code.startsWith(prefix));
}

/**
 * A failure named for logs and metrics without its message, which may quote the event's data (a constraint violation
 * repeats the offending values): the error's class and its SQLSTATE or socket code.
 */
export function failureLabel(error: unknown): string {
  if (typeof error !== 'object' || error === null) return typeof error;
  const { name, code } = error as { name?: unknown; code?: unknown };
  const label = typeof name === 'string' && name ? name : 'Error';
  return typeof code === 'string' || typeof code === 'number' ? `${label} ${code}` : label;
}

/**
 * What a transaction read changed before it could commit (an optimistic check failed): applying the event again
 * sees the change, so it is transient, with Postgres's own code for a serialization failure.
 */
export class ChangedMeanwhile extends Error {
  override name = 'ChangedMeanwhile';
  readonly code = '40001';
}
