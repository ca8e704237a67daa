import { Logger } from '@nestjs/common';
import { MessagingOptions, OutboxRelayJob, UnitOfWork } from '@redress/messaging';
import { createServiceDataSource } from '@redress/platform';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { repoRoot } from '../../../scripts/stack/repo-root';
import { eventually } from '../../../test/support/eventually';
import { describeE2E, testDatabase } from '../../../test/support/test-stack';
import { TimerHealthMetrics } from './timer-health.metrics';
import { createTimerTables, spentTimersMigration } from './timer-tables';
import { TimerJob } from './timer.job';
import { scheduleTimer } from './timers';
import { TimersOptions } from './timers.options';

const run = promisify(execFile);
/** The CLI re-arms a service's timers, in the schema named after it. */
const SCHEMA = 'escalation';
/** What a failing handler's message may carry; it must stay out of the logs. */
const PERSONAL = '+79160000000';

/** A timer that keeps failing is reported (metric, error log), parked, and fired again after `npm run timers:rearm`. */
describeE2E('failing timers', () => {
  let databaseUrl: string;
  let dataSource: DataSource;
  let worker: TimerJob;
  let metrics: TimerHealthMetrics;
  let broken = true;
  let deadlocks = 0;
  const fired: string[] = [];
  /** The attempts each firing of a `contended` timer saw (see TimerJob.recordFailure). */
  const contendedAttempts: number[] = [];
  const errors = jest.spyOn(Logger.prototype, 'error');

  beforeAll(async () => {
    databaseUrl = await testDatabase(`timer_rearm_${randomUUID().slice(0, 8)}`);
    dataSource = await createServiceDataSource({ schema: SCHEMA, url: databaseUrl, migrations: [] }).initialize();
    await dataSource.query(`CREATE SCHEMA ${SCHEMA}`);
    const runner = dataSource.createQueryRunner();
    await createTimerTables(runner, SCHEMA);
    await new (spentTimersMigration(SCHEMA))().up(runner);
    await runner.release();
    const messaging: MessagingOptions = { service: 'escalation', schema: SCHEMA, brokers: [] };
    const unitOfWork = new UnitOfWork(
      dataSource,
      { committed: () => undefined } as unknown as OutboxRelayJob,
      messaging,
    );
    const options: TimersOptions = { schema: SCHEMA, pollIntervalMs: 50, maxAttempts: 2, retryBackoffMs: 50 };
    worker = new TimerJob(unitOfWork, options, dataSource);
    worker.handle('stuck', async (timer) => {
      if (broken) throw new Error(`cannot reach the customer at ${PERSONAL}`);
      fired.push(timer.subjectId);
    });
    worker.handle('contended', async (timer) => {
      // As Postgres reports a deadlock: the infrastructure's failure, retried without spending an attempt.
      contendedAttempts.push(timer.attempts);
      if (++deadlocks <= 3) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      fired.push(timer.subjectId);
    });
    metrics = new TimerHealthMetrics(dataSource, options);
    metrics.onModuleInit();
    worker.start();
  });

  afterAll(async () => {
    await worker?.stop();
    metrics?.onModuleDestroy();
    await dataSource?.destroy();
  });

  async function gauge(name: string, kind: string): Promise<number> {
    const metric = await register.getSingleMetric(name)?.get();
    return metric?.values.find((value) => value.labels.kind === kind)?.value ?? 0;
  }

  const statusOf = async (id: string) =>
    (await dataSource.query(`SELECT status, attempts FROM ${SCHEMA}.timers WHERE id = $1`, [id]))[0];

  const rearm = (args: string[]) =>
    run(process.execPath, [join(repoRoot(), 'dist', 'scripts', 'ops', 'timers-rearm.cli.js'), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });

  it('parks a timer that keeps failing, reports it, and fires it once re-armed with the CLI', async () => {
    const subject = randomUUID();
    await scheduleTimer(dataSource.manager, SCHEMA, { kind: 'stuck', subjectId: subject, dueAt: new Date() });
    const [{ id }] = await dataSource.query(`SELECT id FROM ${SCHEMA}.timers WHERE subject_id = $1`, [subject]);

    await eventually(
      () => statusOf(id),
      (row) => row.status === 'failed',
      { what: 'the timer to be parked' },
    );
    expect(await gauge('redress_timers_parked', 'stuck')).toBe(1);
    const parkedLog = errors.mock.calls.map(([message]) => String(message)).find((message) => message.includes(id));
    expect(parkedLog).toEqual(expect.stringContaining('stuck'));
    expect(parkedLog).not.toContain(PERSONAL);

    await expect(rearm(['--service', 'escalation', '--id', 'not-an-id'])).rejects.toMatchObject({
      stderr: expect.stringContaining('--id'),
    });
    broken = false;
    const { stdout } = await rearm(['--service', 'escalation', '--kind', 'stuck']);
    expect(stdout).toContain('re-armed 1 parked timer(s) of kind stuck');
    await eventually(
      () => statusOf(id),
      (row) => row === undefined,
      { what: 'the re-armed timer to fire' },
    );
    expect(fired.filter((subjectId) => subjectId === subject)).toHaveLength(1);
    expect(await gauge('redress_timers_parked', 'stuck')).toBe(0);
  });

  it('retries through infrastructure failures without spending attempts or parking the timer', async () => {
    const subject = randomUUID();
    await scheduleTimer(dataSource.manager, SCHEMA, { kind: 'contended', subjectId: subject, dueAt: new Date() });
    // The handler runs inside the firing transaction: wait for its commit (the row gone), not for the handler.
    await eventually(
      async () => (await dataSource.query(`SELECT 1 FROM ${SCHEMA}.timers WHERE subject_id = $1`, [subject])).length,
      (rows) => rows === 0,
      { what: 'the contended timer to fire' },
    );
    // Three deadlocks with maxAttempts 2, and still fired: none was counted.
    expect(contendedAttempts).toEqual([0, 0, 0, 0]);
    expect(fired.filter((subjectId) => subjectId === subject)).toHaveLength(1);
  });
});
