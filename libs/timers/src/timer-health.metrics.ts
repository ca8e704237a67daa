import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Gauge, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { TIMERS_OPTIONS, TimersOptions } from './timers.options';

interface KindCounts {
  kind: string;
  failing: number;
  parked: number;
}

const FAILING = 'redress_timers_failing';
const PARKED = 'redress_timers_parked';

/**
 * Timers whose handler keeps failing, by kind, read at scrape time: `failing` are pending with failed attempts behind
 * them (retried with backoff), `parked` gave up (status `failed`) and wait for `npm run timers:rearm`. An alert on
 * parked > 0 finds a deadline nobody will act on.
 */
@Injectable()
export class TimerHealthMetrics implements OnModuleInit, OnModuleDestroy {
  private reading?: Promise<KindCounts[]>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(TIMERS_OPTIONS) private readonly options: TimersOptions,
  ) {}

  onModuleInit(): void {
    const read = () => this.read();
    const gauge = (name: string, help: string, pick: (counts: KindCounts) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['kind'] as const,
        async collect() {
          this.reset();
          for (const counts of await read()) this.set({ kind: counts.kind }, pick(counts));
        },
      });
    gauge(FAILING, 'Pending timers whose handler failed at least once, by kind', (counts) => counts.failing);
    gauge(PARKED, 'Timers parked after their last attempt failed (status failed), by kind', (counts) => counts.parked);
  }

  onModuleDestroy(): void {
    register.removeSingleMetric(FAILING);
    register.removeSingleMetric(PARKED);
  }

  /** Both gauges are collected in one scrape: they share one query, on the few rows that failed. */
  private read(): Promise<KindCounts[]> {
    this.reading ??= this.dataSource
      .query(
        `SELECT kind, count(*) FILTER (WHERE status = 'pending')::int AS failing, count(*) FILTER (WHERE status = 'failed')::int AS parked
         FROM "${this.options.schema}".timers WHERE status = 'failed' OR (status = 'pending' AND attempts > 0) GROUP BY kind`,
      )
      .finally(() => (this.reading = undefined));
    return this.reading;
  }
}
