import { allTopics } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { createServiceDataSource, streamRows } from '@redress/platform';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startInfrastructure } from '../stack/infrastructure';
import { provision } from '../stack/provision';
import { ServiceProcess } from '../stack/service-process';

/**
 * `npm run bench:what-if`: a history of BENCH_OUTCOMES (1,000,000) complaints with their compensations, spread over
 * six months and 200 root causes in four departments, in the embedded Postgres; one notifier process. Times
 * `POST /compensations/what-if` over the first 100,000 cases and over all of them (the notifier's own figure and
 * the round trip) beside a floor measured in the same run: a bare cursor loop over the same rows as the notifier
 * reads them (what the database and the driver cost before any rule runs), and the join and sort it read before.
 * Then the satisfaction report over the whole history. Stops by itself.
 */
const OUTCOMES = Number(process.env.BENCH_OUTCOMES ?? 1_000_000);
const START = Date.parse('2026-01-01T00:00:00Z');
const SPAN_MS = 181 * 86_400_000;
const RUNS = 3;

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')),
    persistent: false,
    env: {},
  });
  const databaseUrl = await infrastructure.createDatabase('bench_what_if');
  await infrastructure.createTopics(allTopics(''));
  const secrets = await provision(databaseUrl);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const notifier = new ServiceProcess({
    service: 'notifier',
    port: await findFreePort(),
    env: {
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: infrastructure.brokers,
      LOG_LEVEL: 'warn',
      COMPENSATION_MONTHLY_BUDGET: '5000000.00',
      DATABASE_STATEMENT_TIMEOUT: '120s',
      DATABASE_QUERY_TIMEOUT: '150s',
    },
  });
  const lines = [`what-if benchmark: ${OUTCOMES} compensated complaints over six months, embedded Postgres, 2 cores`];
  try {
    let started = performance.now();
    await seed(pool);
    lines.push(`seeded in ${seconds(performance.now() - started)} s`);
    await notifier.start();
    const sizes = [Math.min(100_000, OUTCOMES), OUTCOMES];
    for (const size of sizes) {
      const to = new Date(START + Math.ceil((SPAN_MS * size) / OUTCOMES)).toISOString();
      const window = { from: new Date(START).toISOString(), to };
      const floors: number[] = [];
      const asReadFloors: number[] = [];
      const served: number[] = [];
      const trips: number[] = [];
      let answer: any;
      for (let run = 0; run < RUNS; run++) {
        floors.push(await readFloor(databaseUrl, window.from, window.to));
        asReadFloors.push(await readFloorAsRead(databaseUrl, window.from, window.to));
        started = performance.now();
        const response = await fetch(`${notifier.url}/compensations/what-if`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secrets?.supervisorToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            ...window,
            policy: { limit: '300.00', percentages: { outraged: 7, upset: 5, mild: 0 } },
          }),
        });
        answer = await response.json();
        trips.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`what-if answered ${response.status}: ${JSON.stringify(answer)}`);
        served.push(answer.elapsedMs);
      }
      lines.push(
        `${String(answer.casesRead).padStart(9)} cases: what-if ${best(trips)} ms round trip (notifier's read + replay ${best(served)} ms); ` +
          `floor, a bare cursor loop over the same rows as the notifier reads them: ${best(asReadFloors)} ms ` +
          `(ratio ${(best(served) / best(asReadFloors)).toFixed(2)}); the join and sort read before: ${best(floors)} ms; best of ${RUNS}`,
      );
      lines.push(
        `          what-if cost ${answer.total.whatIf.cost} vs actual ${answer.total.actual.cost}; ${answer.byMonth.length} months, ${answer.byDepartment.length} departments`,
      );
    }
    const report: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      started = performance.now();
      const response = await fetch(`${notifier.url}/reports/satisfaction?from=2026-01-01&to=2026-07-01`, {
        headers: { authorization: `Bearer ${secrets?.supervisorToken}` },
      });
      const body = (await response.json()) as { total: { complaints: number } };
      if (response.status !== 200) throw new Error(`the satisfaction report answered ${response.status}`);
      report.push(performance.now() - started);
      if (run === 0) lines.push(`GET /reports/satisfaction over ${body.total.complaints} complaints (six months):`);
    }
    lines.push(`          ${best(report)} ms, best of ${RUNS}`);
    lines.push('targets: 1,000,000 cases under 5 s; a report over the same history under 2 s');
    process.stdout.write(`\n${lines.join('\n')}\n`);
  } finally {
    await pool.end();
    await notifier.stop();
    await infrastructure.stop();
  }
}

/**
 * Complaints evenly over six months, each compensated as the rules in force would have (limit 200, 10 % / 5 % /
 * 0 %), a tenth with a claim (a third of those above the limit, under review), 200 root causes in four departments.
 */
async function seed(pool: Pool): Promise<void> {
  await pool.query(`
    INSERT INTO notifier.root_causes (id, department)
    SELECT md5('rc' || n)::uuid, (ARRAY['logistics', 'it', 'customer-care', 'quality'])[1 + n % 4]
    FROM generate_series(0, 199) AS n`);
  await pool.query(`SET maintenance_work_mem = '256MB'`);
  await pool.query(
    `
    INSERT INTO notifier.complaints (id, received_at, dissatisfaction, order_amount, order_currency, claimed_amount,
                                     claimed_currency, touchpoint, root_cause_id)
    SELECT md5('c' || n)::uuid,
           to_timestamp(($1::bigint + (n::bigint * $2::bigint) / $3::bigint) / 1000.0),
           (ARRAY['outraged', 'upset', 'mild'])[1 + n % 3],
           100000 + (n % 50) * 10000, 'RUB',
           CASE WHEN n % 10 = 0 THEN 5000 + (n % 30) * 1000 END, CASE WHEN n % 10 = 0 THEN 'RUB' END,
           'delivery', md5('rc' || n % 200)::uuid
    FROM generate_series(0, $3::int - 1) AS n`,
    [START, SPAN_MS, OUTCOMES],
  );
  await pool.query(`
    INSERT INTO notifier.compensations (id, complaint_id, root_cause_id, currency, granted, granted_at_once, requested,
                                        basis, status, review_reason, period, created_at)
    SELECT gen_random_uuid(), c.id, c.root_cause_id, 'RUB', g.granted, g.granted,
           CASE WHEN g.review THEN c.claimed_amount END,
           CASE WHEN c.claimed_amount IS NULL THEN (CASE WHEN g.share > 20000 THEN 'capped' ELSE 'tier' END)
                WHEN g.review THEN 'capped' ELSE 'claimed-within-limit' END,
           CASE WHEN g.review THEN 'review' WHEN g.granted > 0 THEN 'granted' ELSE 'none' END,
           CASE WHEN g.review THEN 'over-limit' END,
           to_char((c.received_at + interval '2 days') AT TIME ZONE 'UTC', 'YYYY-MM'), c.received_at + interval '2 days'
    FROM notifier.complaints c,
    LATERAL (SELECT ceil(c.order_amount * CASE c.dissatisfaction WHEN 'outraged' THEN 10 WHEN 'upset' THEN 5 ELSE 0 END / 100.0)::bigint AS share) s,
    LATERAL (SELECT s.share,
                    c.claimed_amount > 20000 AS review,
                    CASE WHEN c.claimed_amount IS NOT NULL THEN least(c.claimed_amount, 20000) ELSE least(s.share, 20000) END AS granted) g`);
  await pool.query(`ANALYZE notifier.complaints, notifier.compensations, notifier.root_causes`);
}

/**
 * The same rows, joins and order as the what-if's history query read before migration 1765002500000 (each
 * compensation joined to its complaint, root cause and playbook application), through a cursor, only counted.
 */
async function readFloor(databaseUrl: string, from: string, to: string): Promise<number> {
  const dataSource = await createServiceDataSource({
    schema: 'notifier',
    url: databaseUrl,
    migrations: [],
    poolSize: 1,
  }).initialize();
  try {
    const started = performance.now();
    let rows = 0;
    for await (const batch of streamRows<unknown[]>(
      dataSource,
      `SELECT (extract(epoch FROM comp.created_at) * 1000)::float8, coalesce(r.department, 'unassigned'), c.dissatisfaction,
              c.order_amount, c.order_currency, c.claimed_amount, c.claimed_currency, pa.compensation, comp.id,
              (extract(epoch FROM comp.created_at) * 1000)::float8, comp.period, comp.granted_at_once, comp.granted,
              comp.currency, comp.basis, comp.status, comp.review_reason, comp.requested,
              (extract(epoch FROM comp.decided_at) * 1000)::float8
       FROM notifier.compensations comp
       JOIN notifier.complaints c ON c.id = comp.complaint_id
       LEFT JOIN notifier.root_causes r ON r.id = c.root_cause_id
       LEFT JOIN notifier.playbook_applications pa ON pa.complaint_id = c.id
       WHERE comp.created_at >= $1 AND comp.created_at < $2
       ORDER BY comp.created_at, comp.settled_seq`,
      [from, to],
      { rowMode: 'array', batchSize: 10_000 },
    ))
      rows += batch.length;
    if (rows < 0) throw new Error('unreachable');
    return performance.now() - started;
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The floor of the notifier's own way of reading: the same rows, in the same order, as one line of text each from
 * the compensations alone (what their row carries of the complaint since migration 1765002500000), through one
 * cursor, only counted: what Postgres and the driver cost before any case is parsed or replayed.
 */
async function readFloorAsRead(databaseUrl: string, from: string, to: string): Promise<number> {
  const dataSource = await createServiceDataSource({
    schema: 'notifier',
    url: databaseUrl,
    migrations: [],
    poolSize: 1,
  }).initialize();
  try {
    const started = performance.now();
    const fields = [
      '(extract(epoch FROM created_at) * 1000000)::bigint',
      'complaint_root_cause_id',
      'dissatisfaction',
      'order_amount',
      'order_currency',
      'claimed_amount',
      'claimed_currency',
      'playbook_amount',
      'period',
      'granted_at_once',
      'granted',
      'currency',
      'basis',
      'status',
      'review_reason',
      'requested',
      '(extract(epoch FROM decided_at) * 1000000)::bigint',
    ];
    let rows = 0;
    for await (const batch of streamRows<unknown[]>(
      dataSource,
      `SELECT concat_ws(',', ${fields.map((field) => `coalesce(${field}::text, '')`).join(', ')})
       FROM notifier.compensations
       WHERE created_at >= $1 AND created_at < $2
       ORDER BY created_at, settled_seq`,
      [from, to],
      { rowMode: 'array', batchSize: 10_000 },
    ))
      rows += batch.length;
    if (rows < 0) throw new Error('unreachable');
    return performance.now() - started;
  } finally {
    await dataSource.destroy();
  }
}

const best = (values: number[]) => Math.round(Math.min(...values));
const seconds = (ms: number) => (ms / 1000).toFixed(1);

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
