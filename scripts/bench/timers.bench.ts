import { allTopics } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { startInfrastructure } from '../stack/infrastructure';
import { provision } from '../stack/provision';
import { ServiceProcess } from '../stack/service-process';
import { multiple } from './floors';
import {
  CalendarDepartment,
  CalendarSeed,
  countNotices,
  createCalendarDepartments,
  seedCalendarAssignments,
} from './timer-calendars';
import { measureTimerFloor } from './timer-floor';
import { resetStatementStats, statementStatsReport, statementStatsSettings } from './statement-stats';

/**
 * `npm run bench:timers`: 10,000 open assignments whose timers fall due in the same second, against one escalation
 * service process on the embedded Postgres and broker, in three rounds:
 * - 20 departments with their own calendars (time zones, working hours, holidays), half the timers acknowledge
 *   deadlines and half deadline warnings, with the notifier running: each escalation and each warning must become
 *   exactly one staff notice (counted in the notifier's table against the number expected);
 * - wall-clock deadlines only, due times spread over the second, then all at one instant (the worst case).
 * Measures, for each timer, the lag from its due time to the commit of the transaction that fired it, and checks that
 * each fired once with its effect written once. A smaller calendar round runs first, not counted (see warmUp).
 * Beside it, the floor: the database alone claiming as many timers due in one second, the way the worker claims them
 * (timer-floor.ts), and the lag's multiple of it. Stops by itself.
 */
const COUNT = Number(process.env.BENCH_ASSIGNMENTS ?? 10_000);
const LEAD_MS = 6_000;
/** Seeding 10,000 assignments over 20 departments with two timers each takes longer than the wall-clock rounds. */
const CALENDAR_LEAD_MS = 12_000;
/** The warm-up round's size: enough to compile the services' paths and fill their caches, small enough to be quick. */
const WARM_UP_COUNT = 2000;
const WARM_UP_LEAD_MS = 4_000;
/**
 * How often a round asks whether it is done. The lags come from the commits, not from these polls; each poll probes an
 * index once per assignment (about 10 ms of Postgres), and polling every 250 ms took 200-280 ms of the 3.1 s Postgres
 * spent over the instant round's window.
 */
const POLL_MS = 1000;
const ROUNDS = [
  { name: 'spread over one second', spreadMs: 1000 },
  { name: 'all at one instant', spreadMs: 0 },
];
const ADMIN_TOKEN = `bench-admin-${randomUUID()}`;

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')),
    persistent: false,
    env: {},
    postgresSettings: statementStatsSettings(),
  });
  const databaseUrl = await infrastructure.createDatabase('bench_timers');
  await infrastructure.createTopics(allTopics(''));
  await provision(databaseUrl);
  const warnings = (name: string) => (line: string) => {
    if (/"level":"(warn|error|fatal)"/.test(line) && !/breached/.test(line))
      process.stderr.write(`${name} | ${line}\n`);
  };
  const service = new ServiceProcess({
    service: 'escalation',
    port: await findFreePort(),
    env: {
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: infrastructure.brokers,
      LOG_LEVEL: 'warn',
      ESCALATION_ACK_SLA: '1h',
      ESCALATION_RESOLVE_SLA: '2h',
      ESCALATION_ADMIN_TOKEN: ADMIN_TOKEN,
    },
    onLine: warnings('escalation'),
  });
  const notifier = new ServiceProcess({
    service: 'notifier',
    port: await findFreePort(),
    env: { DATABASE_URL: databaseUrl, KAFKA_BROKERS: infrastructure.brokers, LOG_LEVEL: 'warn' },
    onLine: warnings('notifier'),
  });
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const commits = await watchCommits(databaseUrl);
  const lines = [
    `timers benchmark: ${COUNT} assignment timers due within one second, one escalation process, embedded Postgres (2 cores shared by everything; load average ${loadAverage()} at the start)`,
  ];
  try {
    await Promise.all([service.start(), notifier.start()]);
    const floor = await measureTimerFloor(pool, {
      count: COUNT,
      spreadMs: 1000,
      leadMs: 3000,
      batch: 1000,
      concurrency: 3,
    });
    lines.push(
      `floor, the database alone claiming ${COUNT} timers due within one second as the worker does (batches of 1000, 3 side by side, no handler): ` +
        `p50 ${pct(floor, 0.5)} ms, p99 ${pct(floor, 0.99)} ms, max ${Math.round(floor[floor.length - 1] ?? NaN)} ms`,
    );
    const floorP50 = pct(floor, 0.5);
    const floorP99 = pct(floor, 0.99);
    const againstFloor = (lags: number[]) =>
      `as a multiple of the floor: p50 ${multiple(pct(lags, 0.5), floorP50)}, p99 ${multiple(pct(lags, 0.99), floorP99)}`;

    // The calendar round first, while the notifier has nothing else to consume.
    const departments = await createCalendarDepartments(service.url, ADMIN_TOKEN);
    lines.push(await warmUp(pool, departments));
    const calendarDue = new Date(Math.ceil((Date.now() + CALENDAR_LEAD_MS) / 1000) * 1000);
    const seed = await seedCalendarAssignments(pool, departments, COUNT, calendarDue, 1000);
    const seededBy = calendarDue.getTime() - Date.now();
    process.stdout.write(
      `calendar round: ${seed.escalating.length} deadlines and ${seed.warned.length} warnings over ${departments.length} departments due from ${calendarDue.toISOString()} (seeded ${seededBy} ms before); waiting\n`,
    );
    if (seededBy < 0) process.stderr.write('seeding ended after the due time: the lags below include the overrun\n');
    const deadline = calendarDue.getTime() + 1000 + 90_000;
    await untilEscalated(pool, seed.escalating, deadline);
    await untilWarned(pool, seed.warned, deadline);
    const escalationLags = await commitLags(pool, seed.escalating, 'assignment-deadline', commits.committedAt);
    const warningLags = await commitLags(pool, seed.warned, 'assignment-deadline-warning', commits.committedAt);
    const allLags = [...escalationLags, ...warningLags].sort((a, b) => a - b);
    const escalated = await exactlyOnce(pool, seed.escalating);
    const warned = await warnedOnce(pool, seed.warned);
    const notices = await untilNoticed(pool, seed, Date.now() + 180_000);
    const noticesOk =
      notices.escalated === seed.escalating.length &&
      notices.escalatedDistinct === seed.escalating.length &&
      notices.warnings === seed.warned.length &&
      notices.warningsDistinct === seed.warned.length;
    lines.push(
      `${'20 calendars, warnings'.padEnd(24)} due to commit: p50 ${pct(allLags, 0.5)} ms, p99 ${pct(allLags, 0.99)} ms, max ${Math.round(allLags[allLags.length - 1] ?? NaN)} ms; ${againstFloor(allLags)}`,
      `${''.padEnd(24)} escalations p99 ${pct(escalationLags, 0.99)} ms (${escalationLags.length}/${seed.escalating.length}), warnings p99 ${pct(warningLags, 0.99)} ms (${warningLags.length}/${seed.warned.length})`,
      `${''.padEnd(24)} escalated exactly once: ${escalated.ok ? 'yes' : 'NO'} (${escalated.detail})`,
      `${''.padEnd(24)} warned exactly once: ${warned.ok ? 'yes' : 'NO'} (${warned.detail})`,
      `${''.padEnd(24)} staff notices exactly once: ${noticesOk ? 'yes' : 'NO'} (escalated ${notices.escalated} for ${notices.escalatedDistinct} assignments, expected ${seed.escalating.length}; ` +
        `warnings ${notices.warnings} for ${notices.warningsDistinct}, expected ${seed.warned.length})`,
    );
    if (
      !escalated.ok ||
      !warned.ok ||
      !noticesOk ||
      escalationLags.length !== seed.escalating.length ||
      warningLags.length !== seed.warned.length
    )
      process.exitCode = 1;
    await notifier.stop();

    let statements = '';
    for (const round of ROUNDS) {
      // BENCH_PG_STATEMENTS=1: what Postgres ran for the last round (all at one instant), seeding left out.
      const reported = round === ROUNDS[ROUNDS.length - 1];
      const firstDue = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000);
      const ids = await seedAssignments(pool, firstDue, round.spreadMs);
      if (reported) await resetStatementStats(databaseUrl);
      process.stdout.write(
        `${round.name}: ${ids.length} assignments due from ${firstDue.toISOString()}; waiting for the escalations\n`,
      );
      await untilEscalated(pool, ids, firstDue.getTime() + round.spreadMs + 60_000);
      if (reported) statements = await statementStatsReport(databaseUrl);
      const lags = await commitLags(pool, ids, 'assignment-deadline', commits.committedAt);
      const check = await exactlyOnce(pool, ids);
      lines.push(
        `${round.name.padEnd(24)} due to commit: p50 ${pct(lags, 0.5)} ms, p99 ${pct(lags, 0.99)} ms, max ${Math.round(lags[lags.length - 1] ?? NaN)} ms; ${againstFloor(lags)}; ` +
          `escalated ${lags.length}/${ids.length}; exactly once: ${check.ok ? 'yes' : 'NO'} (${check.detail})`,
      );
      if (!check.ok || lags.length !== ids.length) process.exitCode = 1;
    }
    lines.push('targets: p99 < 1000 ms, max < 2000 ms');
    process.stdout.write(`\n${lines.join('\n')}\n`);
    if (statements) process.stdout.write(`${statements}\n`);
  } finally {
    await commits.stop();
    await pool.end();
    await notifier.stop();
    await service.stop();
    await infrastructure.stop();
  }
}

/**
 * When each transaction that fired timers committed: the worker deletes the timers it fires, and a statement trigger
 * on that delete copies them, with the transaction's id, to `escalation.bench_fired` (set-based, from the statement's
 * transition table) and sends the id, which Postgres delivers only at commit. The benchmark cancels no timer, so every
 * row deleted was fired. (A poller reading the tables every few milliseconds took a good share of the two cores it
 * was measuring.)
 */
async function watchCommits(
  databaseUrl: string,
): Promise<{ committedAt: Map<string, number>; stop: () => Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`
    CREATE TABLE escalation.bench_fired (kind text NOT NULL, subject_id text NOT NULL, due_at timestamptz NOT NULL, xid text NOT NULL);
    CREATE FUNCTION escalation.bench_notify_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE xid text := (pg_current_xact_id()::text::bigint % 4294967296)::text;
    BEGIN
      INSERT INTO escalation.bench_fired SELECT kind, subject_id, due_at, xid FROM gone;
      PERFORM pg_notify('bench_commit', xid);
      RETURN NULL;
    END $$;
    CREATE TRIGGER bench_notify_commit AFTER DELETE ON escalation.timers REFERENCING OLD TABLE AS gone
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
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A round of WARM_UP_COUNT calendar timers through both services, not counted: a service that has run for a while
 * has its code compiled, its connections open and its zones' calendars read, and a measure of the first thousands of
 * timers a fresh process ever fires would weigh the start of the process, not the firing of timers.
 */
async function warmUp(pool: Pool, departments: CalendarDepartment[]): Promise<string> {
  const firstDue = new Date(Math.ceil((Date.now() + WARM_UP_LEAD_MS) / 1000) * 1000);
  const seed = await seedCalendarAssignments(pool, departments, WARM_UP_COUNT, firstDue, 1000);
  const deadline = firstDue.getTime() + 60_000;
  await untilEscalated(pool, seed.escalating, deadline);
  await untilWarned(pool, seed.warned, deadline);
  const notices = await untilNoticed(pool, seed, deadline);
  return `warm-up, not counted: ${WARM_UP_COUNT} calendar timers fired, ${notices.escalated + notices.warnings} staff notices written`;
}

/** Each fired timer's commit time (by the transaction that fired it, see watchCommits) less its due time, sorted. */
async function commitLags(
  pool: Pool,
  ids: string[],
  kind: string,
  committedAt: Map<string, number>,
): Promise<number[]> {
  const { rows } = await pool.query(
    `SELECT xid, extract(epoch FROM due_at) * 1000 AS due_ms FROM escalation.bench_fired
     WHERE kind = $2 AND subject_id = ANY($1::text[])`,
    [ids, kind],
  );
  return rows
    .filter((row) => committedAt.has(row.xid))
    .map((row) => (committedAt.get(row.xid) as number) - Number(row.due_ms))
    .sort((a, b) => a - b);
}

async function untilWarned(pool: Pool, ids: string[], deadline: number): Promise<void> {
  for (;;) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM escalation.bench_fired WHERE kind = 'assignment-deadline-warning' AND subject_id = ANY($1::text[])`,
      [ids],
    );
    if (rows[0].n >= ids.length || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until the notifier has written every notice expected (or more), or the deadline passes. */
async function untilNoticed(pool: Pool, seed: CalendarSeed, deadline: number): ReturnType<typeof countNotices> {
  for (;;) {
    const notices = await countNotices(pool, seed);
    if (
      (notices.escalated >= seed.escalating.length && notices.warnings >= seed.warned.length) ||
      Date.now() > deadline
    )
      return notices;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Each warned assignment: one `assignment.deadline-approaching` in the outbox, its warning timer fired once, still at level 1. */
async function warnedOnce(pool: Pool, ids: string[]): Promise<{ ok: boolean; detail: string }> {
  const { rows } = await pool.query(
    `SELECT
       (SELECT count(*)::int FROM escalation.assignments WHERE id = ANY($1::uuid[]) AND level = 1) AS at_level_1,
       (SELECT count(*)::int FROM escalation.outbox WHERE event_type = 'assignment.deadline-approaching' AND (payload->'data'->>'assignmentId')::uuid = ANY($1::uuid[])) AS events_total,
       (SELECT count(DISTINCT payload->'data'->>'assignmentId')::int FROM escalation.outbox
          WHERE event_type = 'assignment.deadline-approaching' AND (payload->'data'->>'assignmentId')::uuid = ANY($1::uuid[])) AS events_distinct,
       (SELECT count(*)::int FROM escalation.bench_fired WHERE kind = 'assignment-deadline-warning' AND subject_id = ANY($2::text[])) AS timers_fired`,
    [ids, ids],
  );
  const r = rows[0];
  const n = ids.length;
  const ok = r.at_level_1 === n && r.events_total === n && r.events_distinct === n && r.timers_fired === n;
  return {
    ok,
    detail: `still at level 1: ${r.at_level_1}, events: ${r.events_total} (${r.events_distinct} distinct), warning timers fired: ${r.timers_fired}`,
  };
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
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
       (SELECT count(*)::int FROM escalation.bench_fired WHERE kind = 'assignment-deadline' AND subject_id = ANY($1::text[])) AS timers_fired,
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
