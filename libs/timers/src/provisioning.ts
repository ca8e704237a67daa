/** `@redress/timers/provisioning`: the timer tables' migrations, without Nest. */
export * from './timer-tables';
