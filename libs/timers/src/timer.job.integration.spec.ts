import { Transaction, UnitOfWork } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { eventually } from '../../../test/support/eventually';
import { describeE2E } from '../../../test/support/test-stack';
import { timerTablesTestSchema } from '../../../test/support/timer-tables-test-schema';
import { OverdueTimersMetrics } from './overdue-timers.metrics';
import { DueTimer } from './timer';
import { TimerJob } from './timer.job';
import { cancelTimer, scheduleTimer } from './timers';
import { TimersOptions } from './timers.options';

const SCHEMA = 'timers_test';

/** The timer worker against real Postgres: fires once, at its time, with several replicas, through failures. */
describeE2E('timer worker', () => {
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  const workers: TimerJob[] = [];

  beforeAll(async () => {
    ({ dataSource, unitOfWork } = await timerTablesTestSchema('timers', SCHEMA));
    // What the handlers do: one row per firing, so a double firing shows.
    await dataSource.query(
      `CREATE TABLE ${SCHEMA}.firings (timer_id uuid NOT NULL, kind text NOT NULL, subject_id text NOT NULL, worker int NOT NULL)`,
    );
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  /** What every handler here does: one row per firing, so a double firing shows. */
  function recordFiring(tx: Transaction, timer: DueTimer, worker: number) {
    return tx.manager.query(
      `INSERT INTO ${SCHEMA}.firings (timer_id, kind, subject_id, worker) VALUES ($1, $2, $3, $4)`,
      [timer.id, timer.kind, timer.subjectId, worker],
    );
  }

  function newWorker(
    index: number,
    handlers: Record<string, (timer: DueTimer) => Promise<void> | void> = {},
    options: Partial<TimersOptions> = {},
  ) {
    const worker = new TimerJob(
      unitOfWork,
      { schema: SCHEMA, pollIntervalMs: 50, maxAttempts: 3, retryBackoffMs: 50, ...options },
      dataSource,
    );
    for (const kind of ['work', 'other', ...Object.keys(handlers)].filter((k, i, all) => all.indexOf(k) === i)) {
      worker.handle(kind, async (timer, tx) => {
        await handlers[kind]?.(timer);
        await recordFiring(tx, timer, index);
      });
    }
    workers.push(worker);
    return worker;
  }

  async function schedule(kind: string, subjectId: string, dueInMs: number, payload?: Record<string, unknown>) {
    await scheduleTimer(dataSource.manager, SCHEMA, {
      kind,
      subjectId,
      dueAt: new Date(Date.now() + dueInMs),
      payload,
    });
  }

  async function firings(subjectPrefix: string): Promise<{ subject_id: string; worker: number; kind: string }[]> {
    return dataSource.query(
      `SELECT subject_id, worker, kind FROM ${SCHEMA}.firings WHERE subject_id LIKE $1 || '%' ORDER BY subject_id`,
      [subjectPrefix],
    );
  }

  async function metricValue(name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
    const { values } = await register.getSingleMetric(name)!.get();
    return values.find((value) => Object.entries(labels).every(([label, wanted]) => value.labels[label] === wanted))
      ?.value;
  }

  async function timerRow(kind: string, subjectId: string) {
    const [row] = await dataSource.query(
      `SELECT status, attempts, last_error FROM ${SCHEMA}.timers WHERE kind = $1 AND subject_id = $2 ORDER BY created_at DESC LIMIT 1`,
      [kind, subjectId],
    );
    return row as { status: string; attempts: number; last_error: string | null } | undefined;
  }

  it('fires a timer once at its due time, with its payload, and deletes it in the same transaction', async () => {
    const seen: DueTimer[] = [];
    newWorker(1, { work: (timer) => void seen.push(timer) }).start();
    const subject = `due-${randomUUID()}`;
    const scheduledAt = Date.now();
    await schedule('work', subject, 600, { answer: 42 });

    await eventually(
      () => firings(subject),
      (rows) => rows.length === 1,
      { what: 'the timer to fire' },
    );
    expect(Date.now() - scheduledAt).toBeGreaterThanOrEqual(600);
    expect(seen).toEqual([
      expect.objectContaining({ kind: 'work', subjectId: subject, payload: { answer: 42 }, attempts: 0 }),
    ]);
    expect(await timerRow('work', subject)).toBeUndefined();
    await expect(
      eventually(
        () => firings(subject),
        (rows) => rows.length > 1,
        { timeoutMs: 500, what: 'a second firing' },
      ),
    ).rejects.toThrow(/timed out/);
  });

  it('wakes for the next due timer by itself rather than waiting for the next poll', async () => {
    const subject = `exact-${randomUUID()}`;
    await schedule('work', subject, 800);
    // A poll a minute apart: only the worker's own wake-up at the due time can fire it within the wait below.
    newWorker(1, {}, { pollIntervalMs: 60_000 }).start();

    await eventually(
      () => firings(subject),
      (rows) => rows.length === 1,
      { timeoutMs: 20_000, what: 'the timer to fire before the next poll' },
    );
    expect(await timerRow('work', subject)).toBeUndefined();
  });

  it('never fires a timer twice with two replicas polling one schema', async () => {
    const prefix = `many-${randomUUID()}-`;
    await Promise.all(
      Array.from({ length: 60 }, (_, index) => schedule(index % 2 ? 'work' : 'other', `${prefix}${index}`, -1)),
    );
    // Slow handlers so both replicas are busy at the same time.
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    newWorker(1, { work: slow, other: slow }).start();
    newWorker(2, { work: slow, other: slow }).start();

    const rows = await eventually(
      () => firings(prefix),
      (all) => all.length >= 60,
      { what: '60 firings' },
    );
    expect(new Set(rows.map((row) => row.subject_id)).size).toBe(60);
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((row) => row.worker))).toEqual(new Set([1, 2]));
  });

  it('retries a failing handler with backoff, keeps firing other timers meanwhile, and gives up after maxAttempts', async () => {
    const failing = `failing-${randomUUID()}`;
    const flaky = `flaky-${randomUUID()}`;
    const healthy = `healthy-${randomUUID()}`;
    const flakyAttempts: number[] = [];
    newWorker(1, {
      poison: () => {
        throw new Error('handler broke');
      },
      flaky: (timer) => {
        flakyAttempts.push(timer.attempts);
        if (flakyAttempts.length === 1) throw new Error('first try fails');
      },
    }).start();
    await schedule('poison', failing, -10);
    await schedule('flaky', flaky, -5);
    await schedule('work', healthy, 0);

    await eventually(
      () => firings(healthy),
      (rows) => rows.length === 1,
      { what: 'the healthy timer despite the failing one' },
    );
    await eventually(
      () => firings(flaky),
      (rows) => rows.length === 1,
      { what: 'the flaky timer on its retry' },
    );
    // The retry knew of the failure before it; once it fired, nothing of it is left.
    expect(flakyAttempts).toEqual([0, 1]);
    expect(await timerRow('flaky', flaky)).toBeUndefined();
    const failed = await eventually(
      () => timerRow('poison', failing),
      (row) => row?.status === 'failed',
      { what: 'the poison timer to be parked' },
    );
    expect(failed).toMatchObject({ attempts: 3, last_error: 'handler broke' });
    expect(await firings(failing)).toEqual([]);
    expect(await metricValue('redress_timers_failed_total', { kind: 'poison' })).toBe(1);
  });

  it('exports how long the oldest due timer has waited unfired', async () => {
    const metrics = new OverdueTimersMetrics(dataSource, { schema: SCHEMA });
    metrics.onModuleInit();
    try {
      const late = `late-${randomUUID()}`;
      await schedule('late', late, -5000);
      expect(await metricValue('redress_timer_oldest_overdue_seconds')).toBeGreaterThanOrEqual(5);
      newWorker(1, { late: () => undefined }).start();
      await eventually(
        () => firings(late),
        (rows) => rows.length === 1,
        { what: 'the late timer to fire' },
      );
      expect(await metricValue('redress_timer_oldest_overdue_seconds')).toBeLessThan(5);
    } finally {
      metrics.onModuleDestroy();
    }
  });

  it('does not fire a cancelled timer, and scheduling again moves a pending one', async () => {
    const cancelled = `cancelled-${randomUUID()}`;
    const moved = `moved-${randomUUID()}`;
    const marker = `marker-${randomUUID()}`;
    await schedule('work', cancelled, 300);
    await schedule('work', moved, 60_000);
    await schedule('work', moved, 300, { second: true });
    expect(await cancelTimer(dataSource.manager, SCHEMA, 'work', cancelled)).toBe(true);
    expect(await cancelTimer(dataSource.manager, SCHEMA, 'work', cancelled)).toBe(false);
    await schedule('work', marker, 400);
    newWorker(1).start();

    await eventually(
      () => firings(marker),
      (rows) => rows.length === 1,
      { what: 'the marker timer' },
    );
    expect(await firings(moved)).toHaveLength(1);
    expect(await firings(cancelled)).toEqual([]);
    expect(await timerRow('work', cancelled)).toBeUndefined();
    // Moved, not doubled: with the moved timer fired, no second one is left waiting for the first due time.
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.timers WHERE subject_id = $1`, [
      moved,
    ]);
    expect(n).toBe(0);
  });

  it('fires after a restart what was due while no worker ran, and a crashed firing fires again', async () => {
    const subject = `restart-${randomUUID()}`;
    const first = newWorker(1, {
      work: () => {
        throw new Error('process died mid-handler');
      },
    });
    await schedule('work', subject, -1);
    // The first replica "crashes" in the handler: its transaction rolls back, nothing of it stays.
    expect(await first.drain()).toBe(0);
    await first.stop();
    expect(await firings(subject)).toEqual([]);
    await dataSource.query(`UPDATE ${SCHEMA}.timers SET due_at = now() WHERE subject_id = $1`, [subject]);

    newWorker(2).start();
    const rows = await eventually(
      () => firings(subject),
      (all) => all.length === 1,
      { what: 'the timer to fire on the new worker' },
    );
    expect(rows[0].worker).toBe(2);
  });

  it('fires batch kinds many per transaction across replicas, each once, and parks a bad timer alone', async () => {
    const prefix = `batch-${randomUUID()}-`;
    const poison = `${prefix}poison`;
    await Promise.all(Array.from({ length: 120 }, (_, index) => schedule('bulk', `${prefix}${index}`, -1)));
    await schedule('bulk', poison, -1);
    const batchSizes: number[] = [];
    const batchWorker = (index: number) => {
      const worker = new TimerJob(
        unitOfWork,
        { schema: SCHEMA, pollIntervalMs: 50, maxAttempts: 2, retryBackoffMs: 50, batchSize: 25, concurrency: 2 },
        dataSource,
      );
      worker.handleBatch('bulk', async (timers, tx) => {
        if (timers.some((timer) => timer.subjectId === poison)) throw new Error('bad subject');
        batchSizes.push(timers.length);
        for (const timer of timers) {
          await recordFiring(tx, timer, index);
        }
      });
      workers.push(worker);
      return worker;
    };
    batchWorker(1).start();
    batchWorker(2).start();

    const rows = await eventually(
      () => firings(prefix),
      (all) => all.length >= 120,
      { what: '120 batch firings' },
    );
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((row) => row.subject_id)).size).toBe(120);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(25);
    const parked = await eventually(
      () => timerRow('bulk', poison),
      (row) => row?.status === 'failed',
      { what: 'the bad timer to be parked' },
    );
    expect(parked).toMatchObject({ attempts: 2, last_error: 'bad subject' });
    // What fired left no row: the table keeps only what is still to come and what was parked.
    const left = await dataSource.query(`SELECT subject_id, status FROM ${SCHEMA}.timers WHERE subject_id LIKE $1`, [
      `${prefix}%`,
    ]);
    expect(left).toEqual([{ subject_id: poison, status: 'failed' }]);
  });
});
