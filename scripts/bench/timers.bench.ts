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
 * `npm run bench:timers`: 10,000 open assignments whose acknowledgement deadlines fall due in the same second,
 * against one escalation service process on the embedded Postgres and broker, in two rounds: due times spread over
 * that second, then all at one instant (the worst case). Measures, for each assignment, the lag from its due time to
 * the commit of its escalation, then checks that every one escalated exactly once (one history row, one outbox
 * event, one fired timer, level 2). Stops by itself.
 */
const COUNT = Number(process.env.BENCH_ASSIGNMENTS ?? 10_000);
const LEAD_MS = 6_000;
const ROUNDS = [
  { name: 'spread over one second', spreadMs: 1000 },
  { name: 'all at one instant', spreadMs: 0 },
];

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')),
    persistent: false,
    env: {},
  });
  const databaseUrl = await infrastructure.createDatabase('bench_timers');
  await infrastructure.createTopics(allTopics(''));
  await provision(databaseUrl);
  const service = new ServiceProcess({
    service: 'escalation',
    port: await findFreePort(),
    env: {
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: infrastructure.brokers,
      LOG_LEVEL: 'warn',
      ESCALATION_ACK_SLA: '1h',
      ESCALATION_RESOLVE_SLA: '2h',
    },
    onLine: (line) => {
      if (/"level":"(warn|error|fatal)"/.test(line) && !/breached/.test(line))
        process.stderr.write(`escalation | ${line}\n`);
    },
  });
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const commits = await watchCommits(databaseUrl);
  const lines = [
    `timers benchmark: ${COUNT} assignment deadlines due within one second, one escalation process, embedded Postgres (2 cores shared by everything)`,
  ];
  try {
    await service.start();
    for (const round of ROUNDS) {
      const firstDue = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000);
      const ids = await seedAssignments(pool, firstDue, round.spreadMs);
      process.stdout.write(
        `${round.name}: ${ids.length} assignments due from ${firstDue.toISOString()}; waiting for the escalations\n`,
      );
      await untilEscalated(pool, ids, firstDue.getTime() + round.spreadMs + 60_000);
      const lags = await commitLags(pool, ids, commits.committedAt);
      const check = await exactlyOnce(pool, ids);
      lines.push(
        `${round.name.padEnd(24)} due to commit: p50 ${pct(lags, 0.5)} ms, p99 ${pct(lags, 0.99)} ms, max ${Math.round(lags[lags.length - 1] ?? NaN)} ms; ` +
          `escalated ${lags.length}/${ids.length}; exactly once: ${check.ok ? 'yes' : 'NO'} (${check.detail})`,
      );
      if (!check.ok || lags.length !== ids.length) process.exitCode = 1;
    }
    lines.push('targets: p99 < 1000 ms, max < 2000 ms');
    process.stdout.write(`\n${lines.join('\n')}\n`);
  } finally {
    await commits.stop();
    await pool.end();
    await service.stop();
    await infrastructure.stop();
  }
}

/**
 * When each transaction that wrote escalations committed: a statement trigger on the history table sends the
 * transaction's id, and Postgres delivers a notification only at commit. (A poller reading the history table every
 * few milliseconds took a good share of the two cores it was measuring.)
 */
async function watchCommits(
  databaseUrl: string,
): Promise<{ committedAt: Map<string, number>; stop: () => Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`
    CREATE FUNCTION escalation.bench_notify_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('bench_commit', (pg_current_xact_id()::text::bigint % 4294967296)::text);
      RETURN NULL;
    END $$;
    CREATE TRIGGER bench_notify_commit AFTER INSERT ON escalation.assignment_history
      FOR EACH STATEMENT EXECUTE FUNCTION escalation.bench_notify_commit();
    LISTEN bench_commit;`);
  const committedAt = new Map<string, number>();
  client.on('notification', (message) => {
    if (message.payload && !committedAt.has(message.payload)) committedAt.set(message.payload, Date.now());
  });
  return { committedAt, stop: () => client.end() };
}

/** Open level-1 assignments with their deadline timers due from `firstDue`, evenly over `spreadMs`, as the service would store them. */
async function seedAssignments(pool: Pool, firstDue: Date, spreadMs: number): Promise<string[]> {
  const { rows: owners } = await pool.query(
    `SELECT id, department_id FROM escalation.owners WHERE level = 1 AND removed_at IS NULL ORDER BY department_id`,
  );
  const ids = Array.from({ length: COUNT }, () => randomUUID());
  const dueAt = (index: number) => new Date(firstDue.getTime() + Math.floor((index * spreadMs) / COUNT)).toISOString();
  const createdAt = new Date();
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000);
    const owner = (index: number) => owners[(start + index) % owners.length];
    await pool.query(
      `INSERT INTO escalation.assignments (id, root_cause_id, department_id, level, owner_id, status, cause, complaint_count,
         acknowledge_due_at, resolve_due_at, next_due_at, created_at, level_since, updated_at)
       SELECT u.id, u.root_cause_id, u.department_id, 1, u.owner_id, 'open', 'Bench cause', 1, u.due_at, u.due_at + interval '1 day', u.due_at, $4, $4, $4
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $5::uuid[], $6::timestamptz[]) AS u(id, root_cause_id, department_id, owner_id, due_at)`,
      [
        chunk,
        chunk.map(() => randomUUID()),
        chunk.map((_, index) => owner(index).department_id),
        createdAt,
        chunk.map((_, index) => owner(index).id),
        chunk.map((_, index) => dueAt(start + index)),
      ],
    );
    await pool.query(
      `INSERT INTO escalation.assignment_history (assignment_id, at, event, level, owner_id)
       SELECT id, $2, 'created', 1, owner_id FROM escalation.assignments WHERE id = ANY($1::uuid[])`,
      [chunk, createdAt],
    );
    await pool.query(
      `INSERT INTO escalation.timers (id, kind, subject_id, due_at, payload)
       SELECT gen_random_uuid(), 'assignment-deadline', id::text, acknowledge_due_at, '{"level": 1}' FROM escalation.assignments WHERE id = ANY($1::uuid[])`,
      [chunk],
    );
  }
  return ids;
}

async function untilEscalated(pool: Pool, ids: string[], deadline: number): Promise<void> {
  for (;;) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM escalation.assignment_history WHERE event = 'escalated' AND assignment_id = ANY($1::uuid[])`,
      [ids],
    );
    if (rows[0].n >= ids.length || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Each escalation's commit time (by the transaction that wrote its history row) less its deadline, sorted. */
async function commitLags(pool: Pool, ids: string[], committedAt: Map<string, number>): Promise<number[]> {
  // Two plain reads joined here: in SQL, the join of history to timers on a text cast ran as a nested loop for a minute.
  const { rows: escalations } = await pool.query(
    `SELECT assignment_id, xmin::text AS xid FROM escalation.assignment_history WHERE event = 'escalated' AND assignment_id = ANY($1::uuid[])`,
    [ids],
  );
  const { rows: deadlines } = await pool.query(
    `SELECT subject_id, extract(epoch FROM due_at) * 1000 AS due_ms FROM escalation.timers
     WHERE kind = 'assignment-deadline' AND status = 'fired' AND subject_id = ANY($1::text[])`,
    [ids],
  );
  const dueMs = new Map(deadlines.map((row) => [row.subject_id as string, Number(row.due_ms)]));
  return escalations
    .filter((row) => committedAt.has(row.xid) && dueMs.has(row.assignment_id))
    .map((row) => (committedAt.get(row.xid) as number) - (dueMs.get(row.assignment_id) as number))
    .sort((a, b) => a - b);
}

async function exactlyOnce(pool: Pool, ids: string[]): Promise<{ ok: boolean; detail: string }> {
  const { rows } = await pool.query(
    `SELECT
       (SELECT count(*)::int FROM escalation.assignments WHERE id = ANY($1::uuid[]) AND level = 2) AS at_level_2,
       (SELECT count(*)::int FROM (SELECT assignment_id FROM escalation.assignment_history WHERE event = 'escalated' AND assignment_id = ANY($1::uuid[])
          GROUP BY assignment_id HAVING count(*) = 1) once) AS history_once,
       (SELECT count(*)::int FROM escalation.assignment_history WHERE event = 'escalated' AND assignment_id = ANY($1::uuid[])) AS history_total,
       (SELECT count(*)::int FROM escalation.outbox WHERE event_type = 'assignment.escalated' AND (payload->'data'->>'assignmentId')::uuid = ANY($1::uuid[])) AS events_total,
       (SELECT count(DISTINCT payload->'data'->>'assignmentId')::int FROM escalation.outbox
          WHERE event_type = 'assignment.escalated' AND (payload->'data'->>'assignmentId')::uuid = ANY($1::uuid[])) AS events_distinct,
       (SELECT count(*)::int FROM escalation.timers WHERE kind = 'assignment-deadline' AND status = 'fired' AND subject_id = ANY($1::text[])) AS timers_fired,
       (SELECT count(*)::int FROM escalation.timers WHERE kind = 'assignment-deadline' AND status = 'pending' AND subject_id = ANY($1::text[])) AS timers_pending`,
    [ids],
  );
  const r = rows[0];
  const n = ids.length;
  const ok =
    r.at_level_2 === n &&
    r.history_once === n &&
    r.history_total === n &&
    r.events_total === n &&
    r.events_distinct === n &&
    r.timers_fired === n &&
    r.timers_pending === n;
  return {
    ok,
    detail: `level 2: ${r.at_level_2}, escalated once: ${r.history_once}, history rows: ${r.history_total}, events: ${r.events_total} (${r.events_distinct} distinct), timers fired: ${r.timers_fired}, next timers pending: ${r.timers_pending}`,
  };
}

function pct(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN);
}

main().catch((error: Error) => {
  process.stderr.write(`benchmark failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
