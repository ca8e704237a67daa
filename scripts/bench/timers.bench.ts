import { allTopics } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { startInfrastructure } from '../stack/infrastructure';
import { provision } from '../stack/provision';
import { ServiceProcess } from '../stack/service-process';

/**
 * `npm run bench:timers`: 10,000 open assignments whose acknowledgement deadlines all fall due in the same second,
 * against one escalation service process on the embedded Postgres and broker. Measures the lag from the due time to
 * the moment each escalation is committed (a notification Postgres delivers at commit) and to the handler's clock inside the
 * transaction, then checks that every assignment escalated exactly once (one history row, one outbox event, one
 * fired timer, level 2). Stops by itself.
 */
const COUNT = Number(process.env.BENCH_ASSIGNMENTS ?? 10_000);
const LEAD_MS = 6_000;

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({ dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')), persistent: false, env: {} });
  const databaseUrl = await infrastructure.createDatabase('bench_timers');
  await infrastructure.createTopics(allTopics(''));
  await provision(databaseUrl);
  const service = new ServiceProcess({
    service: 'escalation',
    port: await findFreePort(),
    env: { DATABASE_URL: databaseUrl, KAFKA_BROKERS: infrastructure.brokers, LOG_LEVEL: 'warn', ESCALATION_ACK_SLA: '1h', ESCALATION_RESOLVE_SLA: '2h', ...(process.env.TB ? { ESCALATION_TIMER_BATCH: process.env.TB, ESCALATION_TIMER_CONCURRENCY: process.env.TC } : {}) },
    onLine: (line) => {
      if (/TIMING|COMMITTED/.test(line)) process.stderr.write(line + "\n");
      if (/"level":"(warn|error|fatal)"/.test(line) && !/breached/.test(line)) process.stderr.write(`escalation | ${line}\n`);
    },
  });
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  let commits: Awaited<ReturnType<typeof watchCommits>> | undefined;
  try {
    await service.start();
    const dueAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000);
    const ids = await seedAssignments(pool, dueAt);
    commits = await watchCommits(databaseUrl);
    process.stdout.write(`seeded ${ids.length} assignments due at ${dueAt.toISOString()}; waiting for the escalations\n`);
    await commits.untilCount(ids.length, dueAt.getTime() - Date.now() + 60_000);
    const lags = commits.lags(dueAt);
    const inside: { lag_ms: number }[] = await pool
      .query(`SELECT extract(epoch FROM (at - $1::timestamptz)) * 1000 AS lag_ms FROM escalation.assignment_history WHERE event = 'escalated' ORDER BY 1`, [dueAt])
      .then((result) => result.rows.map((row) => ({ lag_ms: Number(row.lag_ms) })));
    const check = await exactlyOnce(pool, ids);
    print([
      `timers benchmark: ${ids.length} assignments due at the same second, one escalation process, embedded Postgres (2 cores shared by everything)`,
      `committed  (notified at commit)  : p50 ${pct(lags, 0.5)} ms, p99 ${pct(lags, 0.99)} ms, max ${lags[lags.length - 1]} ms, escalated ${lags.length}/${ids.length}`,
      `in handler (history row time):       p50 ${pct(inside.map((row) => row.lag_ms), 0.5)} ms, p99 ${pct(inside.map((row) => row.lag_ms), 0.99)} ms, max ${Math.round(inside[inside.length - 1]?.lag_ms ?? NaN)} ms`,
      `exactly once: ${check.ok ? 'yes' : 'NO'} (${check.detail})`,
      `targets: p99 < 1000 ms, max < 2000 ms`,
    ]);
    if (!check.ok) process.exitCode = 1;
  } finally {
    await commits?.stop();
    await pool.end();
    await service.stop();
    await infrastructure.stop();
  }
}

/** Open level-1 assignments with their deadline timers all due at `dueAt`, as the service itself would store them. */
async function seedAssignments(pool: Pool, dueAt: Date): Promise<string[]> {
  const { rows: owners } = await pool.query(`SELECT id, department_id FROM escalation.owners WHERE level = 1 AND removed_at IS NULL ORDER BY department_id`);
  const ids = Array.from({ length: COUNT }, () => randomUUID());
  const createdAt = new Date();
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000);
    const owner = (index: number) => owners[(start + index) % owners.length];
    await pool.query(
      `INSERT INTO escalation.assignments (id, root_cause_id, department_id, level, owner_id, status, cause, complaint_count,
         acknowledge_due_at, resolve_due_at, next_due_at, created_at, level_since, updated_at)
       SELECT u.id, u.root_cause_id, u.department_id, 1, u.owner_id, 'open', 'Bench cause', 1, $4, $4::timestamptz + interval '1 day', $4, $5, $5, $5
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $6::uuid[]) AS u(id, root_cause_id, department_id, owner_id)`,
      [chunk, chunk.map(() => randomUUID()), chunk.map((_, index) => owner(index).department_id), dueAt, createdAt, chunk.map((_, index) => owner(index).id)],
    );
    await pool.query(
      `INSERT INTO escalation.assignment_history (assignment_id, at, event, level, owner_id)
       SELECT id, $2, 'created', 1, owner_id FROM escalation.assignments WHERE id = ANY($1::uuid[])`,
      [chunk, createdAt],
    );
    await pool.query(
      `INSERT INTO escalation.timers (id, kind, subject_id, due_at, payload)
       SELECT gen_random_uuid(), 'assignment-deadline', id::text, $2, '{"level": 1}' FROM unnest($1::uuid[]) AS id`,
      [chunk, dueAt],
    );
  }
  return ids;
}

/**
 * When the escalations became visible: a statement trigger on the history table sends a notification with the
 * number of escalations it inserted, and Postgres delivers it only when their transaction commits. (A poller
 * reading the history table every few milliseconds took a good share of the two cores it was measuring.)
 */
async function watchCommits(databaseUrl: string): Promise<{ lags: (dueAt: Date) => number[]; untilCount: (expected: number, timeoutMs: number) => Promise<void>; stop: () => Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`
    CREATE OR REPLACE FUNCTION escalation.bench_notify_escalated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('bench_escalated', (SELECT count(*) FROM inserted WHERE event = 'escalated')::text);
      RETURN NULL;
    END $$;
    CREATE TRIGGER bench_notify_escalated AFTER INSERT ON escalation.assignment_history
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION escalation.bench_notify_escalated();
    LISTEN bench_escalated;`);
  const commits: { at: number; count: number }[] = [];
  let total = 0;
  client.on('notification', (message) => {
    const count = Number(message.payload);
    total += count;
    if (count > 0) commits.push({ at: Date.now(), count });
  });
  return {
    lags: (dueAt) => commits.flatMap(({ at, count }) => Array.from({ length: count }, () => at - dueAt.getTime())).sort((a, b) => a - b),
    untilCount: async (expected, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (total < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    stop: () => client.end(),
  };
}

async function exactlyOnce(pool: Pool, ids: string[]): Promise<{ ok: boolean; detail: string }> {
  const { rows } = await pool.query(
    `SELECT
       (SELECT count(*)::int FROM escalation.assignments WHERE id = ANY($1::uuid[]) AND level = 2) AS at_level_2,
       (SELECT count(*)::int FROM (SELECT assignment_id FROM escalation.assignment_history WHERE event = 'escalated' AND assignment_id = ANY($1::uuid[])
          GROUP BY assignment_id HAVING count(*) = 1) once) AS history_once,
       (SELECT count(*)::int FROM escalation.assignment_history WHERE event = 'escalated') AS history_total,
       (SELECT count(*)::int FROM escalation.outbox WHERE event_type = 'assignment.escalated') AS events_total,
       (SELECT count(DISTINCT payload->'data'->>'assignmentId')::int FROM escalation.outbox WHERE event_type = 'assignment.escalated') AS events_distinct,
       (SELECT count(*)::int FROM escalation.timers WHERE kind = 'assignment-deadline' AND status = 'fired') AS timers_fired,
       (SELECT count(*)::int FROM escalation.timers WHERE kind = 'assignment-deadline' AND status = 'pending') AS timers_pending`,
    [ids],
  );
  const r = rows[0];
  const n = ids.length;
  const ok =
    r.at_level_2 === n && r.history_once === n && r.history_total === n && r.events_total === n && r.events_distinct === n && r.timers_fired === n && r.timers_pending === n;
  return {
    ok,
    detail: `level 2: ${r.at_level_2}, escalated once: ${r.history_once}, history rows: ${r.history_total}, events: ${r.events_total} (${r.events_distinct} distinct), timers fired: ${r.timers_fired}, next timers pending: ${r.timers_pending}`,
  };
}

function pct(sorted: number[], p: number): number {
  const values = [...sorted].sort((a, b) => a - b);
  return Math.round(values[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN);
}

function print(lines: string[]): void {
  process.stdout.write(`\n${lines.join('\n')}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`benchmark failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
