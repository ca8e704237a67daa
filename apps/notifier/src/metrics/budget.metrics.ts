import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Gauge, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';
import { budgetPeriod } from '../domain/compensation-policy';
import { budgetsOfPeriod } from '../persistence/budget.store';

const NAME = 'redress_compensation_budget_used_ratio';

/** Budget use of the current period, read at scrape time from the one budget row per period and currency. */
@Injectable()
export class BudgetMetrics implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  onModuleInit(): void {
    const read = () => this.read();
    new Gauge({
      name: NAME,
      help: 'Share of the current period compensation budget already granted (0..1), by currency',
      labelNames: ['currency'] as const,
      async collect() {
        this.reset();
        for (const { currency, ratio } of await read()) this.set({ currency }, ratio);
      },
    });
  }

  onModuleDestroy(): void {
    register.removeSingleMetric(NAME);
  }

  private async read(): Promise<{ currency: string; ratio: number }[]> {
    const rows = await budgetsOfPeriod(this.dataSource, budgetPeriod(new Date()));
    const { currency } = this.settings.compensation;
    // No grant yet this period: nothing used of the configured budget.
    if (rows.length === 0) return [{ currency, ratio: 0 }];
    return rows.map((row) => ({
      currency: row.currency,
      ratio: Number(row.limit_amount) > 0 ? Number(row.used) / Number(row.limit_amount) : 1,
    }));
  }
}
