import { DynamicModule, Global, Module } from '@nestjs/common';
import { TimerHealthMetrics } from './timer-health.metrics';
import { OverdueTimersMetrics } from './overdue-timers.metrics';
import { TimerJob } from './timer.job';
import { Timers } from './timers';
import { TIMERS_OPTIONS, TimersOptions } from './timers.options';

/** Durable timers for one service: `Timers` to schedule and cancel, `TimerJob` to register handlers. Needs MessagingModule. */
@Global()
@Module({})
export class TimersModule {
  static forService(options: TimersOptions): DynamicModule {
    return {
      module: TimersModule,
      providers: [
        { provide: TIMERS_OPTIONS, useValue: options },
        Timers,
        TimerJob,
        TimerHealthMetrics,
        OverdueTimersMetrics,
      ],
      exports: [Timers, TimerJob, OverdueTimersMetrics],
    };
  }
}
