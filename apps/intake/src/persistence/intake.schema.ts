/** Intake owns this Postgres schema and nothing else. */
export const INTAKE_SCHEMA = 'intake';
