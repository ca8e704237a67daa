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

/** Answers every request with the id its log lines carry, so a caller without an id of its own can quote it. */
export function echoCorrelationId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
  });
}
