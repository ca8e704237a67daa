import { Counter, Gauge, register } from 'prom-client';

/** Process-wide, in prom-client's default registry, which `/metrics` serves. */
export const prunedRows = new Counter({
  name: 'redress_pruned_rows_total',
  help: 'Rows pruned (deleted, or blanked where the row is kept) by the retention jobs, by table',
  labelNames: ['table'] as const,
});

export const OLDEST_ROW_AGE = 'redress_prune_oldest_row_age_seconds';

/** The gauge of the oldest row's age per table, read at scrape time through `read`. Remove it with `removeOldestRowAgeGauge`. */
export function registerOldestRowAgeGauge(read: () => Promise<Record<string, number>>): void {
  new Gauge({
    name: OLDEST_ROW_AGE,
    help: 'Age of the oldest row a retention job watches, by table (near the retention while pruning keeps up)',
    labelNames: ['table'] as const,
    async collect() {
      for (const [table, age] of Object.entries(await read())) this.set({ table }, age);
    },
  });
}

export function removeOldestRowAgeGauge(): void {
  register.removeSingleMetric(OLDEST_ROW_AGE);
}
