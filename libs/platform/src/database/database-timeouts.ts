/**
 * How long a service waits on its database before the call fails: a database that stopped answering then shows as
 * errors that the consumers treat as an outage (hold and retry) instead of requests and handlers hanging for ever.
 * 0 turns a limit off.
 */
export interface DatabaseTimeouts {
  /** Opening a connection (DATABASE_CONNECT_TIMEOUT, pg's connectionTimeoutMillis). */
  connectMs: number;
  /** One statement, enforced by the server (DATABASE_STATEMENT_TIMEOUT, statement_timeout). */
  statementMs: number;
  /** A transaction left open with nothing running, ended by the server (DATABASE_IDLE_IN_TRANSACTION_TIMEOUT). */
  idleInTransactionMs: number;
  /**
   * One statement, enforced by the client, for a server too far gone to enforce its own (DATABASE_QUERY_TIMEOUT,
   * pg's query_timeout); longer than the statement timeout.
   */
  queryMs: number;
}

/** The settings' defaults (see readDatabaseTimeouts), for data sources opened outside a service (CLIs, tests). */
export const DATABASE_TIMEOUT_DEFAULTS: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 30_000,
  idleInTransactionMs: 60_000,
  queryMs: 45_000,
};

/** node-postgres' options for `timeouts` (a TypeORM data source passes them on as `extra`). */
export function pgTimeoutOptions(timeouts: DatabaseTimeouts) {
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    query_timeout: timeouts.queryMs,
  };
}
