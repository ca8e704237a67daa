/** Escalation owns this Postgres schema and nothing else. */
export const ESCALATION_SCHEMA = 'escalation';
