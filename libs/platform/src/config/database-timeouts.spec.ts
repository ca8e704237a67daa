import { DATABASE_TIMEOUT_DEFAULTS, pgTimeoutOptions } from '../database/database-timeouts';
import { readDatabaseTimeouts } from './settings';

describe('readDatabaseTimeouts', () => {
  it('has the documented defaults, which data sources outside a service use too', () => {
    expect(readDatabaseTimeouts({})).toEqual({
      connectMs: 5_000,
      statementMs: 30_000,
      idleInTransactionMs: 60_000,
      queryMs: 45_000,
    });
    expect(DATABASE_TIMEOUT_DEFAULTS).toEqual(readDatabaseTimeouts({}));
  });

  it('reads each setting as a duration and hands it to node-postgres', () => {
    const timeouts = readDatabaseTimeouts({
      DATABASE_CONNECT_TIMEOUT: '2s',
      DATABASE_STATEMENT_TIMEOUT: '10s',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT: '1m',
      DATABASE_QUERY_TIMEOUT: '15s',
    });
    expect(pgTimeoutOptions(timeouts)).toEqual({
      connectionTimeoutMillis: 2_000,
      statement_timeout: 10_000,
      idle_in_transaction_session_timeout: 60_000,
      query_timeout: 15_000,
    });
  });

  it('names the setting that is wrong', () => {
    expect(() => readDatabaseTimeouts({ DATABASE_STATEMENT_TIMEOUT: 'soon' })).toThrow(/DATABASE_STATEMENT_TIMEOUT/);
    expect(() => readDatabaseTimeouts({ DATABASE_QUERY_TIMEOUT: '30s' })).toThrow(
      /DATABASE_QUERY_TIMEOUT: must be longer/,
    );
  });

  it('lets the client-side limit be turned off with 0', () => {
    expect(readDatabaseTimeouts({ DATABASE_QUERY_TIMEOUT: '0s' }).queryMs).toBe(0);
  });
});
