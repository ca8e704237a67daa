import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { classifyFailure, DrainLoop, failureLabel, Transaction, UnitOfWork } from '@redress/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { BatchTimerHandler, DueTimer, TimerHandler } from './timer';
import { countFailedTimer, observeTimerLag } from './timer.metrics';
import { TIMER_DEFAULTS, TIMERS_OPTIONS, TimersOptions } from './timers.options';

/** Batches in one drain before the worker lets the event loop breathe; the next poll goes on. */
const MAX_PER_DRAIN = 500;

/** How far ahead the worker sets an exact wake-up for the next due timer; later ones are found by polls. */
const NEXT_DUE_HORIZON_MS = 60_000;

interface TimerRow {
  id: string;
  kind: string;
  subject_id: string;
  due_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
}

type Attempt = { outcome: 'none' } | { outcome: 'fired' } | { outcome: 'failed'; timer: DueTimer; error: Error };

type BatchAttempt =
  { outcome: 'none' } | { outcome: 'fired'; count: number } | { outcome: 'failed'; timers: DueTimer[]; error: Error };

/**
 * Fires due timers. Every poll, every `wake()` and exactly when the next one falls due, it claims due timers,
 * oldest first, with `FOR UPDATE SKIP LOCKED` in a unit-of-work transaction, deletes them, and runs their handlers
 * in that same transaction: the handlers' writes, their events and the deletes commit together. A crash before the
 * commit leaves the timers pending, so they fire again; two replicas never fire one timer twice, since the second
 * cannot claim a locked or deleted row. If a handler throws, the batch changes nothing and each of its timers is
 * fired alone, so only the ones that fail by themselves are retried later, with a doubling backoff, up to
 * `maxAttempts`, then parked as `failed` and logged: the only timers that stay in the table once they are due.
 * `concurrency` claims run side by side in one replica.
 *
 * Kinds registered with `handleBatch` are claimed up to `batchSize` at a time and get them in one call (a few
 * set-based statements can fire thousands a second); a timer of another kind is fired alone in its transaction.
 */
@Injectable()
export class TimerJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TimerJob.name);
  private readonly handlers = new Map<string, TimerHandler>();
  private readonly batchHandlers = new Map<string, BatchTimerHandler>();
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly retryBackoffMs: number;
  private poll?: NodeJS.Timeout;
  private nextDueWake?: NodeJS.Timeout;
  private readonly loop = new DrainLoop(
    () => this.drain(),
    (error, failures) =>
      this.logger.warn(`timers paused (${failures} failed poll(s) in a row), retrying at each poll: ${error.message}`),
    (failures) => this.logger.log(`timers firing again after ${failures} failed poll(s)`),
  );
  /** Set by stop(): a drain under way ends after the timer it is firing. */
  private stopped = false;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(TIMERS_OPTIONS) private readonly options: TimersOptions,
    private readonly dataSource: DataSource,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? TIMER_DEFAULTS.pollIntervalMs;
    this.maxAttempts = options.maxAttempts ?? TIMER_DEFAULTS.maxAttempts;
    this.retryBackoffMs = options.retryBackoffMs ?? TIMER_DEFAULTS.retryBackoffMs;
    this.batchSize = Math.max(1, options.batchSize ?? TIMER_DEFAULTS.batchSize);
    this.concurrency = Math.max(1, options.concurrency ?? TIMER_DEFAULTS.concurrency);
  }

  /** Registers the handler of a kind of timer; call it before the application bootstraps (e.g. in onModuleInit). */
  handle(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind) || this.batchHandlers.has(kind))
      throw new Error(`timer kind ${kind} already has a handler`);
    this.handlers.set(kind, handler);
  }

  /** Registers the handler of a kind of timer that is fired many at a time (see `BatchTimerHandler`). */
  handleBatch(kind: string, handler: BatchTimerHandler): void {
    if (this.handlers.has(kind) || this.batchHandlers.has(kind))
      throw new Error(`timer kind ${kind} already has a handler`);
    this.batchHandlers.set(kind, handler);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    this.stopped = false;
    this.poll = setInterval(() => this.wake(), this.pollIntervalMs);
    this.loop.start();
  }

  /** Stops polling and waits for the timer being fired, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.nextDueWake);
    await this.loop.stop();
  }

  /** Looks for due timers now (see DrainLoop). */
  wake(): void {
    this.loop.wake();
  }

  /**
   * Fires due timers until none is left; resolves when nothing more is due. One query, outside any transaction,
   * tells whether anything is due at all, so an idle poll costs a single round trip; it also sets the wake-up for
   * the next timer, by the database's clock, so a deadline between two polls is not late by up to a poll interval.
   * Polls still find timers that other transactions schedule meanwhile.
   */
  async drain(): Promise<number> {
    let fired = 0;
    let next = await this.nextDue();
    if (next.dueNow) {
      const results = await Promise.all(Array.from({ length: this.concurrency }, () => this.drainOne()));
      fired = results.reduce((sum, count) => sum + count, 0);
      next = await this.nextDue();
    }
    this.wakeIn(next.inMs);
    return fired;
  }

  private async nextDue(): Promise<{ dueNow: boolean; inMs: number | null }> {
    const table = `"${this.options.schema}".timers`;
    const [row]: { due_now: boolean | null; in_ms: string | number | null }[] = await this.dataSource.query(
      `SELECT (SELECT min(due_at) FROM ${table} WHERE status = 'pending') <= now() AS due_now,
              extract(epoch FROM (SELECT min(due_at) FROM ${table} WHERE status = 'pending' AND due_at > now()) - now()) * 1000 AS in_ms`,
    );
    return {
      dueNow: row?.due_now === true,
      inMs: row?.in_ms === null || row?.in_ms === undefined ? null : Number(row.in_ms),
    };
  }

  private wakeIn(inMs: number | null): void {
    clearTimeout(this.nextDueWake);
    if (this.stopped || inMs === null || inMs >= NEXT_DUE_HORIZON_MS) return;
    this.nextDueWake = setTimeout(() => this.wake(), Math.ceil(inMs));
    this.nextDueWake.unref();
  }

  private async drainOne(): Promise<number> {
    let fired = 0;
    let batchesDone = this.batchHandlers.size === 0;
    let singlesDone = false;
    for (let round = 0; round < MAX_PER_DRAIN && !this.stopped && !(batchesDone && singlesDone); round++) {
      if (!batchesDone) {
        const batch = await this.fireBatch();
        if (batch.outcome === 'none') batchesDone = true;
        else fired += batch.outcome === 'fired' ? batch.count : await this.fireOneByOne(batch.timers, batch.error);
      }
      if (!singlesDone) {
        const single = await this.fireSingle();
        if (single.outcome === 'none') singlesDone = true;
        else if (single.outcome === 'fired') fired++;
        else await this.recordFailure(single.timer, single.error);
      }
    }
    return fired;
  }

  /** Claims up to `batchSize` due timers of the batch kinds and fires each kind's share in one handler call. */
  private async fireBatch(): Promise<BatchAttempt> {
    let claimed: DueTimer[] = [];
    try {
      return await this.unitOfWork.run(async (tx): Promise<BatchAttempt> => {
        // `kind || ''` keeps the planner on the due-time index: with `kind = ANY`, before statistics exist, it took
        // the (kind, subject) uniqueness index and read every pending timer of the kind.
        const rows = await this.claim(
          tx.manager,
          `(kind || '') = ANY($1::text[]) AND due_at <= now() ORDER BY due_at LIMIT $2`,
          [[...this.batchHandlers.keys()], this.batchSize],
        );
        if (rows.length === 0) return { outcome: 'none' };
        claimed = rows.map(toDueTimer);
        observeTimerLag(claimed);
        for (const [kind, handler] of this.batchHandlers) {
          const ofKind = claimed.filter((timer) => timer.kind === kind);
          if (ofKind.length > 0) await handler(ofKind, tx);
        }
        return { outcome: 'fired', count: claimed.length };
      });
    } catch (error) {
      if (claimed.length === 0) throw error;
      return { outcome: 'failed', timers: claimed, error: error as Error };
    }
  }

  /** Fires the oldest due timer of the other kinds, alone in its transaction (a fan-out step, say). */
  private fireSingle(): Promise<Attempt> {
    return this.fireOne(`kind <> ALL($1::text[]) AND due_at <= now() ORDER BY due_at LIMIT 1`, [
      [...this.batchHandlers.keys()],
    ]);
  }

  private async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const batchHandler = this.batchHandlers.get(timer.kind);
    const handler = this.handlers.get(timer.kind);
    if (batchHandler) return batchHandler([timer], tx);
    if (!handler) throw new Error(`no handler for timer kind "${timer.kind}"`);
    return handler(timer, tx);
  }

  /** After a failed batch: each of its timers alone, so only the ones that fail by themselves are retried. */
  private async fireOneByOne(timers: DueTimer[], batchError: Error): Promise<number> {
    if (timers.length === 1) {
      await this.recordFailure(timers[0], batchError);
      return 0;
    }
    this.logger.warn(`a batch of ${timers.length} timers failed (${batchError.message}); firing them one by one`);
    let fired = 0;
    for (const timer of timers) {
      if (this.stopped) break;
      const result = await this.fireOne(`id = $1 AND due_at <= now()`, [timer.id]);
      if (result.outcome === 'fired') fired++;
      else if (result.outcome === 'failed') await this.recordFailure(result.timer, result.error);
    }
    return fired;
  }

  /** Fires the first pending timer matching `where`, if any, alone in its transaction. */
  private async fireOne(where: string, params: unknown[]): Promise<Attempt> {
    let claimed: DueTimer | undefined;
    try {
      return await this.unitOfWork.run(async (tx): Promise<Attempt> => {
        const [row] = await this.claim(tx.manager, where, params);
        if (!row) return { outcome: 'none' };
        claimed = toDueTimer(row);
        observeTimerLag([claimed]);
        await this.fire(claimed, tx);
        return { outcome: 'fired' };
      });
    } catch (error) {
      // A failure before the timer was claimed is the database's: let the drain pause until the next poll.
      if (!claimed) throw error;
      return { outcome: 'failed', timer: claimed, error: error as Error };
    }
  }

  /**
   * Deletes the pending timers matching `where` (skipping those another transaction holds) in one statement, before
   * their handlers run, so a handler may schedule the next timer of its kind and subject. A fired timer leaves no row:
   * its effect is in its handler's state, and a rollback brings it back pending. Returns them oldest first.
   */
  private async claim(manager: EntityManager, where: string, params: unknown[]): Promise<TimerRow[]> {
    const table = `"${this.options.schema}".timers`;
    const result: [TimerRow[], number] = await manager.query(
      `DELETE FROM ${table} t
       WHERE t.id = ANY(ARRAY(SELECT id FROM ${table} WHERE status = 'pending' AND ${where} FOR UPDATE SKIP LOCKED))
       RETURNING t.id, t.kind, t.subject_id, t.due_at, t.payload, t.attempts`,
      params,
    );
    // TypeORM answers a DELETE ... RETURNING with [rows, count].
    return result[0].sort((a, b) => a.due_at.getTime() - b.due_at.getTime());
  }

  /**
   * A failure of the infrastructure (classifyFailure: a deadlock, a connection lost mid-way) is retried without
   * counting towards `maxAttempts`: it says nothing about the timer. Logs name the timer, never the error's message,
   * which may quote personal data; the message is kept in the row's `last_error`.
   */
  private async recordFailure(timer: DueTimer, error: Error): Promise<void> {
    const transient = classifyFailure(error) === 'transient';
    const attempts = transient ? timer.attempts : timer.attempts + 1;
    const giveUp = !transient && attempts >= this.maxAttempts;
    const retryInMs = this.retryBackoffMs * 2 ** Math.max(0, attempts - 1);
    await this.unitOfWork.run((tx) =>
      tx.manager.query(
        `UPDATE "${this.options.schema}".timers
         SET attempts = $2, last_error = $3, status = $4, due_at = now() + make_interval(secs => $5)
         WHERE id = $1 AND status = 'pending'`,
        [timer.id, attempts, error.message.slice(0, 2000), giveUp ? 'failed' : 'pending', retryInMs / 1000],
      ),
    );
    const what = `timer ${timer.kind} ${timer.id} (subject ${timer.subjectId}) failed (${failureLabel(error)})`;
    if (transient) this.logger.warn(`${what}: an infrastructure failure, not counted; retrying in ${retryInMs} ms`);
    else if (giveUp) {
      countFailedTimer(timer);
      this.logger.error(
        `${what} attempt ${attempts}/${this.maxAttempts}; parked as failed (see last_error), re-arm it with npm run timers:rearm`,
      );
    } else this.logger.warn(`${what} attempt ${attempts}/${this.maxAttempts}; retrying in ${retryInMs} ms`);
  }
}

function toDueTimer(row: TimerRow): DueTimer {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subject_id,
    dueAt: row.due_at,
    payload: row.payload ?? {},
    attempts: row.attempts,
  };
}
