import { KafkaJSConnectionError, KafkaJSProtocolError } from 'kafkajs';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { classifyFailure, failureLabel } from './failure-kind';

function postgresError(code: string, message = 'from the server'): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

/** As TypeORM hands a failed statement to the code that ran it. */
function queryFailed(driverError: Error): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], driverError);
}

function socketError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -1, syscall: 'connect' });
}

describe('classifyFailure', () => {
  it.each([
    ['serialization failure', '40001'],
    ['deadlock', '40P01'],
    ['admin shutdown', '57P01'],
    ['crash shutdown', '57P02'],
    ['cannot connect now (starting up)', '57P03'],
    ['connection failure', '08006'],
    ['connection does not exist', '08003'],
    ['too many connections', '53300'],
    ['statement timeout', '57014'],
    ['lock not available', '55P03'],
  ])('calls %s (%s) transient, bare or wrapped by TypeORM', (_what, code) => {
    expect(classifyFailure(postgresError(code))).toBe('transient');
    expect(classifyFailure(queryFailed(postgresError(code)))).toBe('transient');
  });

  it.each([
    ['unique violation', '23505'],
    ['check violation', '23514'],
    ['not null violation', '23502'],
    ['invalid text representation', '22P02'],
    ['undefined table', '42P01'],
    ['division by zero', '22012'],
  ])('calls %s (%s) deterministic', (_what, code) => {
    expect(classifyFailure(postgresError(code))).toBe('deterministic');
    expect(classifyFailure(queryFailed(postgresError(code)))).toBe('deterministic');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'])(
    'calls a socket %s transient',
    (code) => {
      expect(classifyFailure(socketError(code))).toBe('transient');
      expect(classifyFailure(queryFailed(socketError(code)))).toBe('transient');
    },
  );

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Query read timeout',
    'Client has encountered a connection error and is not queryable',
  ])('calls the driver message "%s" transient', (message) => {
    expect(classifyFailure(new Error(message))).toBe('transient');
  });

  it('follows an error cause', () => {
    expect(classifyFailure(new Error('could not apply', { cause: socketError('ECONNREFUSED') }))).toBe('transient');
    expect(classifyFailure(new Error('could not apply', { cause: postgresError('23505') }))).toBe('deterministic');
  });

  it('calls a broker that is away transient and one refusing the request deterministic', () => {
    expect(classifyFailure(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'))).toBe('transient');
    expect(
      classifyFailure(
        new KafkaJSProtocolError(
          'The request included a message larger than the max message size the server will accept',
        ),
      ),
    ).toBe('deterministic');
  });

  it('calls what a handler throws by itself deterministic', () => {
    expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('deterministic');
    expect(classifyFailure(new Error('root cause 42 is closed'))).toBe('deterministic');
    expect(classifyFailure('a string')).toBe('deterministic');
    expect(classifyFailure(undefined)).toBe('deterministic');
    // A code that only looks like a socket error's, in another field, changes nothing.
    expect(classifyFailure({ message: 'ECONNREFUSED in the customer text' })).toBe('deterministic');
  });

  it('does not loop on an error that is its own cause', () => {
    const error = new Error('odd') as Error & { cause?: unknown };
    error.cause = error;
    expect(classifyFailure(error)).toBe('deterministic');
  });
});

describe('failureLabel', () => {
  it('names the class and code, never the message', () => {
    const error = queryFailed(
      postgresError('23505', 'duplicate key value violates unique constraint: Key (phone)=(+79160000000)'),
    );
    expect(failureLabel(error)).toBe('QueryFailedError 23505');
    expect(failureLabel(socketError('ECONNREFUSED'))).toBe('Error ECONNREFUSED');
    expect(failureLabel(new TypeError('x'))).toBe('TypeError');
  });
});
