import { readHttpTimeouts } from './settings';

describe('readHttpTimeouts', () => {
  it('has defaults that cut off a slow client', () => {
    expect(readHttpTimeouts({})).toEqual({
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 72_000,
    });
  });

  it.each([
    [{ HTTP_REQUEST_TIMEOUT: '500ms' }, 'HTTP_REQUEST_TIMEOUT'],
    [{ HTTP_HEADERS_TIMEOUT: '40s' }, 'HTTP_HEADERS_TIMEOUT'],
    [{ HTTP_HEADERS_TIMEOUT: '0s' }, 'HTTP_HEADERS_TIMEOUT'],
    [{ HTTP_KEEP_ALIVE_TIMEOUT: 'forever' }, 'HTTP_KEEP_ALIVE_TIMEOUT'],
  ])('refuses %p', (env, name) => {
    expect(() => readHttpTimeouts(env)).toThrow(name);
  });
});
