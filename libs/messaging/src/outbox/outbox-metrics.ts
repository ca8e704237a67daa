import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Gauge, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';

interface Backlog {
  unsent: number;
  oldestAgeSeconds: number;
}

/**
 * The outbox backlog, read at scrape time with one query on the partial index of unsent rows, so a growing
 * backlog (broker down, relay stuck) shows without costing the write path anything.
 */
@Injectable()
export class OutboxMetrics implements OnModuleInit, OnModuleDestroy {
  private reading?: Promise<Backlog>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onModuleInit(): void {
    const read = () => this.read();
    new Gauge({
      name: 'redress_outbox_backlog',
      help: 'Outbox events committed but not yet published',
      async collect() {
        this.set((await read()).unsent);
      },
    });
    new Gauge({
      name: 'redress_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest unpublished outbox event (0 when none)',
      async collect() {
        this.set((await read()).oldestAgeSeconds);
      },
    });
  }

  onModuleDestroy(): void {
    register.removeSingleMetric('redress_outbox_backlog');
    register.removeSingleMetric('redress_outbox_oldest_unsent_age_seconds');
  }

  /** Both gauges are collected together in one scrape: they share one query. */
  private read(): Promise<Backlog> {
    this.reading ??= this.dataSource
      .query(
        `SELECT count(*)::int AS unsent, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
         FROM "${this.options.schema}".outbox WHERE sent_at IS NULL`,
      )
      .then(([row]: { unsent: number; age: number }[]) => ({ unsent: row.unsent, oldestAgeSeconds: row.age }))
      .finally(() => (this.reading = undefined));
    return this.reading;
  }
}
