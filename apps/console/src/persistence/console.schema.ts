/** The console owns this Postgres schema and nothing else. */
export const CONSOLE_SCHEMA = 'console';
