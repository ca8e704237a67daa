import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { DueTimer, TimerHandler } from './timer';
import { TIMER_DEFAULTS, TIMERS_OPTIONS, TimersOptions } from './timers.options';

/** Timers fired in one drain before the worker lets the event loop breathe; the next poll goes on. */
const MAX_PER_DRAIN = 500;

interface TimerRow {
  id: string;
  kind: string;
  subject_id: string;
  due_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
}

type Attempt = { outcome: 'none' } | { outcome: 'fired' } | { outcome: 'failed'; timer: DueTimer; error: Error };

/**
 * Fires due timers. Every poll (and every `wake()`), it claims one due timer at a time with `FOR UPDATE SKIP LOCKED`
 * in a unit-of-work transaction, marks it fired, and runs the handler registered for its kind in that same
 * transaction: the handler's writes, its events and the mark commit together. A crash before the commit leaves the
 * timer pending, so it fires again; two replicas never fire one timer twice, since the second cannot claim a locked
 * or fired row. A handler that throws changes nothing; its timer is retried later with a doubling backoff, up to
 * `maxAttempts`, then parked as `failed` and logged. Other timers go on meanwhile.
 */
@Injectable()
export class TimerWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TimerWorker.name);
  private readonly handlers = new Map<string, TimerHandler>();
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly retryBackoffMs: number;
  private poll?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wakeAgain = false;
  private stopped = false;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(TIMERS_OPTIONS) private readonly options: TimersOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? TIMER_DEFAULTS.pollIntervalMs;
    this.maxAttempts = options.maxAttempts ?? TIMER_DEFAULTS.maxAttempts;
    this.retryBackoffMs = options.retryBackoffMs ?? TIMER_DEFAULTS.retryBackoffMs;
  }

  /** Registers the handler of a kind of timer; call it before the application bootstraps (e.g. in onModuleInit). */
  handle(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind)) throw new Error(`timer kind ${kind} already has a handler`);
    this.handlers.set(kind, handler);
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
    this.wake();
  }

  /** Stops polling and waits for the timer being fired, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.running;
  }

  /** Looks for due timers now; a wake during a drain runs one more drain after it. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((error: Error) => this.logger.warn(`timers paused until the next poll: ${error.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  /** Fires due timers until none is left (or the batch is done); resolves when nothing more is due. */
  async drain(): Promise<number> {
    let fired = 0;
    for (let attempt = 0; attempt < MAX_PER_DRAIN && !this.stopped; attempt++) {
      const result = await this.fireNext();
      if (result.outcome === 'none') break;
      if (result.outcome === 'fired') fired++;
      else await this.recordFailure(result.timer, result.error);
    }
    return fired;
  }

  private async fireNext(): Promise<Attempt> {
    let claimed: DueTimer | undefined;
    try {
      return await this.unitOfWork.run(async (tx): Promise<Attempt> => {
        const [row]: TimerRow[] = await tx.manager.query(
          `SELECT id, kind, subject_id, due_at, payload, attempts FROM "${this.options.schema}".timers
           WHERE status = 'pending' AND due_at <= now()
           ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!row) return { outcome: 'none' };
        const timer: DueTimer = {
          id: row.id,
          kind: row.kind,
          subjectId: row.subject_id,
          dueAt: row.due_at,
          payload: row.payload ?? {},
          attempts: row.attempts,
        };
        claimed = timer;
        // Marked first, so the handler may schedule the next timer of the same kind and subject.
        await tx.manager.query(
          `UPDATE "${this.options.schema}".timers SET status = 'fired', fired_at = now(), attempts = attempts + 1 WHERE id = $1`,
          [row.id],
        );
        const handler = this.handlers.get(timer.kind);
        if (!handler) throw new Error(`no handler for timer kind "${timer.kind}"`);
        await handler(timer, tx);
        return { outcome: 'fired' };
      });
    } catch (error) {
      // A failure before a timer was claimed is the database's: let the drain pause until the next poll.
      if (!claimed) throw error;
      return { outcome: 'failed', timer: claimed, error: error as Error };
    }
  }

  private async recordFailure(timer: DueTimer, error: Error): Promise<void> {
    const attempts = timer.attempts + 1;
    const giveUp = attempts >= this.maxAttempts;
    const retryInMs = this.retryBackoffMs * 2 ** (attempts - 1);
    await this.unitOfWork.run((tx) =>
      tx.manager.query(
        `UPDATE "${this.options.schema}".timers
         SET attempts = $2, last_error = $3, status = $4, due_at = now() + make_interval(secs => $5)
         WHERE id = $1 AND status = 'pending'`,
        [timer.id, attempts, error.message.slice(0, 2000), giveUp ? 'failed' : 'pending', retryInMs / 1000],
      ),
    );
    const what = `timer ${timer.kind} for ${timer.subjectId} (${timer.id}) failed attempt ${attempts}/${this.maxAttempts}: ${error.message}`;
    if (giveUp) this.logger.error(`${what}; giving up, it stays in the timers table as failed`);
    else this.logger.warn(`${what}; retrying in ${retryInMs} ms`);
  }
}
