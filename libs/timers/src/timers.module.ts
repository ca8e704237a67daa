import { DynamicModule, Global, Module } from '@nestjs/common';
import { TimerHealthMetrics } from './timer-health.metrics';
import { OverdueTimersMetrics } from './overdue-timers.metrics';
import { TimerWorker } from './timer-worker';
import { Timers } from './timers';
import { TIMERS_OPTIONS, TimersOptions } from './timers.options';

/** Durable timers for one service: `Timers` to schedule and cancel, `TimerWorker` to register handlers. Needs MessagingModule. */
@Global()
@Module({})
export class TimersModule {
  static forService(options: TimersOptions): DynamicModule {
    return {
      module: TimersModule,
      providers: [
        { provide: TIMERS_OPTIONS, useValue: options },
        Timers,
        TimerWorker,
        TimerHealthMetrics,
        OverdueTimersMetrics,
      ],
      exports: [Timers, TimerWorker, OverdueTimersMetrics],
    };
  }
}
