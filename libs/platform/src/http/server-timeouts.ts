import type { ServerOptions } from 'node:http';
import type { HttpTimeouts } from '../config/settings';

/**
 * Fastify's server options for these timeouts. Node checks them only every `connectionsCheckingInterval` (30 s by
 * default, which would let a trickling client hold a socket for up to 30 s past its limit), so it checks every second.
 */
export function httpServerTimeouts(timeouts: HttpTimeouts): {
  requestTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  return {
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    http: {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
  };
}
