/** Triage owns this Postgres schema and nothing else. */
export const TRIAGE_SCHEMA = 'triage';
