export interface TimersOptions {
  /** Postgres schema holding the service's `timers` table (created by `createTimerTables` in a migration). */
  schema: string;
  /** How often the worker looks for due timers; `wake()` looks at once. */
  pollIntervalMs?: number;
  /** Attempts at a failing handler before its timer is parked as `failed`. */
  maxAttempts?: number;
  /** Delay before the first retry of a failing handler; each later one is twice as long. */
  retryBackoffMs?: number;
  /** Most timers of a batch kind (see `TimerJob.handleBatch`) claimed and fired in one transaction. */
  batchSize?: number;
  /** Claims running at the same time in one replica; more than one helps when many timers fall due together. */
  concurrency?: number;
}

export const TIMERS_OPTIONS = Symbol('TIMERS_OPTIONS');

export const TIMER_DEFAULTS = {
  pollIntervalMs: 250,
  maxAttempts: 8,
  retryBackoffMs: 1000,
  batchSize: 200,
  concurrency: 1,
} as const;
