import type { FastifyInstance } from 'fastify';
import { Histogram } from 'prom-client';

const httpRequestDuration = new Histogram({
  name: 'redress_http_request_duration_seconds',
  help: 'HTTP request duration by method, route template and status code',
  labelNames: ['method', 'route', 'status_code'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

/** Times every response; the route is the template (`/complaints/:id`), so ids do not multiply the series. */
export function measureHttpRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', async (request, reply) => {
    httpRequestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}
