import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { complaintBody } from '../stack/sample-complaint';
import { startAppStack } from '../stack/app-stack';
import { startInfrastructure } from '../stack/infrastructure';
import { percentile } from './percentile';

/**
 * `npm run bench:intake`: on one embedded Postgres, measures raw single-row INSERTs of a complaint-sized row
 * (the baseline), then POST /complaints through the whole intake path with the same concurrency, twice: with the
 * downstream services stopped (what intake takes in a burst while the pipeline lags) and with the whole pipeline
 * consuming on the same two cores. Prints the figures and the ratios. Stops by itself.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')),
    persistent: false,
    env: {},
  });
  // One client posting flat out is what INTAKE_RATE_LIMIT exists to stop: off, to measure intake itself.
  const stack = await startAppStack({ infrastructure, database: 'bench', topicPrefix: '', env: { INTAKE_RATE_LIMIT: 'off' } });
  try {
    const apiKey = stack.secrets?.apiKey as string;
    const baseline = await insertBaseline(stack.databaseUrl);
    const downstream = [stack.services.triage, stack.services.escalation, stack.services.notifier];
    await Promise.all(downstream.map((service) => service.stop()));
    const alone = await postComplaints(stack.services.intake.url, apiKey);
    await Promise.all(downstream.map((service) => service.start()));
    const withPipeline = await postComplaints(stack.services.intake.url, apiKey);
    const line = (name: string, run: typeof alone) =>
      `${name} ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, max ${run.max} ms, ` +
      `errors ${run.errors} (of ${run.total}), ratio to baseline ${(run.requestsPerSecond / baseline.insertsPerSecond).toFixed(2)}`;
    print([
      `intake benchmark: ${CONNECTIONS} connections, ${SECONDS} s each, on one embedded Postgres (2 cores shared by everything)`,
      `baseline            raw INSERT of a complaint-sized row: ${baseline.insertsPerSecond.toFixed(0)} rows/s, p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms`,
      line('POST, burst        ', alone),
      line('POST, full pipeline', withPipeline),
      'targets: ratio >= 0.5, p99 < 50 ms, 0 errors',
    ]);
  } finally {
    await stack.stop();
    await infrastructure.stop();
  }
}

async function insertBaseline(databaseUrl: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  await pool.query('CREATE TABLE IF NOT EXISTS public.bench_baseline (id uuid PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
  const row = JSON.stringify(complaintBody());
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        await pool.query('INSERT INTO public.bench_baseline (id, body) VALUES ($1, $2)', [randomUUID(), row]);
        latencies.push(performance.now() - started);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    insertsPerSecond: latencies.length / SECONDS,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

async function postComplaints(url: string, apiKey: string) {
  let sequence = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/complaints',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify(complaintBody({ externalRef: `BENCH-${++sequence}`, text: `Bench complaint ${sequence}: the courier was late.` })),
        }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function print(lines: string[]): void {
  process.stdout.write(`\n${lines.join('\n')}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`benchmark failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
