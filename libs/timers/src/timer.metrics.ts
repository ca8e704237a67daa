import { Histogram } from 'prom-client';
import { DueTimer } from './timer';

const timerLag = new Histogram({
  name: 'redress_timer_lag_seconds',
  help: 'How late timers fire: from their due time to the moment the worker claims them, by kind',
  labelNames: ['kind'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
});

export function observeTimerLag(timers: DueTimer[], now = Date.now()): void {
  for (const timer of timers) timerLag.observe({ kind: timer.kind }, Math.max(0, now - timer.dueAt.getTime()) / 1000);
}
