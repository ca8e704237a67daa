import { liveUrl } from './health-probe';

/**
 * The image's HEALTHCHECK: exits 0 when this container's process answers GET /health/live within two seconds.
 * Liveness, not readiness: /health/ready also fails while Postgres or Kafka is away, and an orchestrator replacing
 * every replica during a broker restart would help nobody.
 */
fetch(liveUrl(process.env), { signal: AbortSignal.timeout(2_000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  (error: Error) => {
    console.error(`health probe: ${error.message}`);
    process.exit(1);
  },
);
