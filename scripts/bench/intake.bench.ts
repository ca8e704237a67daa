import autocannon from 'autocannon';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { complaintBody } from '../stack/sample-complaint';
import { startAppStack } from '../stack/app-stack';
import { startInfrastructure } from '../stack/infrastructure';
import { measureCommitFloor } from './commit-floor';
import { multiple, ratio } from './floors';
import { startBareFastify } from './http-floor';

/**
 * `npm run bench:intake`: POST /complaints through the whole intake path, 50 connections, twice: with the downstream
 * services stopped (what intake takes in a burst while the pipeline lags) and with the whole pipeline consuming on the
 * same cores. Beside it, two floors measured in the same run on the same machine: pgbench committing intake's
 * row-plus-outbox statement on the same database as intake's role (what Postgres allows), and a bare Fastify route
 * parsing the same bodies under the same autocannon load (what HTTP and JSON allow). Prints each figure, each floor
 * and intake's ratio to each. Stops by itself; fails only when something cannot run, never on speed.
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
  const stack = await startAppStack({
    infrastructure,
    database: 'bench',
    topicPrefix: '',
    env: { INTAKE_RATE_LIMIT: 'off' },
  });
  const http = await startBareFastify();
  try {
    const apiKey = stack.secrets?.apiKey as string;
    const commitFloor = await measureCommitFloor({
      adminUrl: stack.databaseUrl,
      intakeUrl: stack.appDatabaseUrls.intake,
      complaintId: await postOne(stack.services.intake.url, apiKey),
      clients: CONNECTIONS,
      seconds: SECONDS,
    });
    const httpFloor = await postComplaints(http.url, apiKey);
    await http.stop();
    const downstream = [stack.services.triage, stack.services.escalation, stack.services.notifier];
    await Promise.all(downstream.map((service) => service.stop()));
    const alone = await postComplaints(stack.services.intake.url, apiKey);
    await Promise.all(downstream.map((service) => service.start()));
    const withPipeline = await postComplaints(stack.services.intake.url, apiKey);
    const line = (name: string, run: typeof alone) =>
      `${name} ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, max ${run.max} ms, errors ${run.errors} (of ${run.total}); ` +
      `ratio to the commit floor ${ratio(run.requestsPerSecond, commitFloor.transactionsPerSecond)}, to the HTTP floor ${ratio(run.requestsPerSecond, httpFloor.requestsPerSecond)}; ` +
      `p99 ${multiple(run.p99, commitFloor.p99)} the commit floor's, ${multiple(run.p99, httpFloor.p99)} the HTTP floor's`;
    print([
      `intake benchmark: ${CONNECTIONS} connections, ${SECONDS} s each, on one embedded Postgres (every process shares the machine's cores)`,
      `floor, commits      pgbench, intake's row-plus-outbox statement, one complaint a transaction, as intake's role: ` +
        `${commitFloor.transactionsPerSecond.toFixed(0)} tx/s, p50 ${commitFloor.p50.toFixed(1)} ms, p99 ${commitFloor.p99.toFixed(1)} ms`,
      `floor, HTTP         bare Fastify route, JSON parse only, same bodies, same autocannon load: ` +
        `${httpFloor.requestsPerSecond.toFixed(0)} req/s, p50 ${httpFloor.p50} ms, p99 ${httpFloor.p99} ms, errors ${httpFloor.errors}`,
      line('POST, burst        ', alone),
      line('POST, full pipeline', withPipeline),
      'targets: ratio to the commit floor >= 0.5, p99 < 50 ms, 0 errors',
    ]);
  } finally {
    await http.stop();
    await stack.stop();
    await infrastructure.stop();
  }
}

/** One complaint through intake, so the commit floor can write exactly the rows intake wrote for it. */
async function postOne(url: string, apiKey: string): Promise<string> {
  const response = await fetch(`${url}/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify(complaintBody({ externalRef: 'BENCH-FLOOR' })),
  });
  const answer = (await response.json()) as { id?: string };
  if (response.status !== 202 || !answer.id)
    throw new Error(`POST /complaints answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer.id;
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
          body: JSON.stringify(
            complaintBody({
              externalRef: `BENCH-${++sequence}`,
              text: `Bench complaint ${sequence}: the courier was late.`,
            }),
          ),
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
