import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Gauge, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { TIMERS_OPTIONS, TimersOptions } from './timers.options';

const NAME = 'redress_timer_oldest_overdue_seconds';

/**
 * How long the oldest due timer has waited unfired, read at scrape time from the partial index of pending timers.
 * The lag histogram only hears of timers the worker claims: a stuck worker claims none, and this gauge grows.
 */
@Injectable()
export class OverdueTimersMetrics implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TIMERS_OPTIONS) private readonly options: TimersOptions,
  ) {}

  onModuleInit(): void {
    const read = () => this.read();
    new Gauge({
      name: NAME,
      help: 'Seconds since the oldest pending timer fell due (0 when none is overdue)',
      async collect() {
        this.set(await read());
      },
    });
  }

  onModuleDestroy(): void {
    register.removeSingleMetric(NAME);
  }

  private async read(): Promise<number> {
    const [row]: { age: number }[] = await this.dataSource.query(
      `SELECT coalesce(extract(epoch FROM now() - min(due_at)), 0)::float8 AS age
       FROM "${this.options.schema}".timers WHERE status = 'pending' AND due_at <= now()`,
    );
    return row.age;
  }
}
