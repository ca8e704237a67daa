import { Correlation } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** The header a caller may send to tie its request to its own logs; every response carries the id used. */
export const CORRELATION_HEADER = 'x-correlation-id';

/** A caller's id is kept if it is short and plain (it goes into logs); otherwise the request gets a new one. */
const ACCEPTED_ID = /^[\w.:-]{1,128}$/;

/** Fastify's request id (`genReqId`): the caller's correlation id if it sent a usable one, else a new UUID. */
export function requestCorrelationId(request: { headers: IncomingHttpHeaders }): string {
  const given = request.headers[CORRELATION_HEADER];
  return typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID();
}

/**
 * Serves every request under its correlation id, so the lines logged meanwhile carry it, and answers with the id,
 * so a caller without an id of its own can quote it.
 */
export function correlateRequests(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(CORRELATION_HEADER, request.id);
    // The rest of the request (body, handler) starts inside `done`, so it runs with the id as the current one.
    Correlation.run(request.id, done);
  });
}
