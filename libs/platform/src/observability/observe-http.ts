import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { correlateRequests } from './correlation-id';
import { measureHttpRequests } from './http-metrics';
import { logHttpRequests } from './logging';

/** What every app's HTTP server does for operations: a correlation id per request, a log line and a timing. */
export function observeHttpRequests(fastify: FastifyInstance, logger: Logger): void {
  correlateRequests(fastify);
  logHttpRequests(fastify, logger);
  measureHttpRequests(fastify);
}
