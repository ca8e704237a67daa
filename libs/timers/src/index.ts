export * from './timers.options';
export * from './timer';
export * from './timer-tables';
export * from './timers';
export * from './timer.job';
export * from './timers.module';
export * from './timer-rearm';
export * from './timer-health.metrics';
