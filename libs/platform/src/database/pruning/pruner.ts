import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { oldestRowAgeSql, PruneJob, pruneBatchSql } from './prune-job';
import { prunedRows } from './pruning.metrics';
import type { PruningSettings } from './pruning.settings';

/** The first round runs this soon after start (or after PRUNE_INTERVAL, if shorter), not a whole interval later. */
const FIRST_ROUND_AFTER_MS = 30_000;

export interface PrunerOptions {
  /** The service's schema: one replica per schema prunes at a time (advisory lock `prune:<schema>`). */
  schema: string;
  settings: Pick<PruningSettings, 'intervalMs' | 'batchSize' | 'batchPauseMs'>;
  jobs: PruneJob[];
  /** What time it is: the cutoffs are computed from it (tests control it). */
  clock?: () => Date;
}

/** Rows pruned per table in one round. */
export type PruneRound = Record<string, number>;

/**
 * Prunes a service's operational tables: every PRUNE_INTERVAL, each job removes its expired rows in batches of
 * PRUNE_BATCH_SIZE with PRUNE_BATCH_PAUSE between them, until a batch finds fewer than a full batch. Each batch is its
 * own short statement, so no long transaction holds locks or keeps vacuum from reclaiming what was deleted. Only the
 * replica holding the schema's advisory lock runs a round; the others skip it.
 */
export class Pruner {
  private readonly logger = new Logger(Pruner.name);
  private readonly clock: () => Date;
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: PrunerOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    if (this.options.settings.intervalMs === 0 || this.options.jobs.length === 0) return;
    this.stopping = false;
    this.schedule(Math.min(FIRST_ROUND_AFTER_MS, this.options.settings.intervalMs));
  }

  /** Ends the loop; a batch under way finishes, the rest of its round is skipped. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.round?.catch(() => undefined);
  }

  /**
   * One round over every job; null when another replica holds the lock. Errors end the round (the next one
   * starts where this one stopped: nothing is half done).
   */
  async runOnce(): Promise<PruneRound | null> {
    const runner = this.dataSource.createQueryRunner();
    const lock = `prune:${this.options.schema}`;
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [lock]);
      if (!locked) return null;
      try {
        const round: PruneRound = {};
        for (const job of this.options.jobs) round[job.table] = await this.prune(runner, job);
        return round;
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Seconds since the oldest row of each job's table (see oldestRowAgeSql). */
  async oldestRowAges(): Promise<Record<string, number>> {
    const ages: Record<string, number> = {};
    for (const job of this.options.jobs) {
      const [{ age }] = await this.dataSource.query(oldestRowAgeSql(job), [this.clock()]);
      ages[job.table] = age;
    }
    return ages;
  }

  private async prune(runner: QueryRunner, job: PruneJob): Promise<number> {
    const { batchSize, batchPauseMs } = this.options.settings;
    const sql = pruneBatchSql(job);
    let total = 0;
    for (let batch = 0; ; batch++) {
      if (batch > 0 && batchPauseMs > 0) await sleep(batchPauseMs);
      // Computed per batch: a long round does not leave rows that expired while it ran for the next one.
      const cutoff = new Date(this.clock().getTime() - job.retentionMs);
      // TypeORM answers a DELETE or UPDATE with [rows, affected count].
      const [, count]: [unknown, number] = await runner.query(sql, [cutoff, batchSize]);
      total += count;
      if (count > 0) prunedRows.inc({ table: job.table }, count);
      if (count < batchSize || this.stopping) break;
    }
    if (total > 0) this.logger.log(`pruned ${total} rows of ${job.table}${job.blank ? ' (blanked)' : ''}`);
    return total;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.round = this.runOnce()
        .catch((error: Error) => this.logger.warn(`pruning failed: ${error.message}`))
        .finally(() => this.schedule(this.options.settings.intervalMs));
    }, delayMs);
    this.timer.unref();
  }
}
