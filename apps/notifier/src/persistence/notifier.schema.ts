/** Notifier owns this Postgres schema and nothing else. */
export const NOTIFIER_SCHEMA = 'notifier';
