import { Counter, Histogram } from 'prom-client';
import { DueTimer } from './timer';

const timerLag = new Histogram({
  name: 'redress_timer_lag_seconds',
  help: 'How late timers fire: from their due time to the moment the worker claims them, by kind',
  labelNames: ['kind'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
});

/** A timer parked for good is a deadline or reminder that will not happen by itself: worth an alert, not only a log line. */
const timersFailed = new Counter({
  name: 'redress_timers_failed_total',
  help: 'Timers parked as failed after their last attempt, by kind',
  labelNames: ['kind'] as const,
});

export function observeTimerLag(timers: DueTimer[], now = Date.now()): void {
  for (const timer of timers) timerLag.observe({ kind: timer.kind }, Math.max(0, now - timer.dueAt.getTime()) / 1000);
}

export function countFailedTimer(timer: DueTimer): void {
  timersFailed.inc({ kind: timer.kind });
}
