import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `<schema>.endpoint_health`: the circuit breakers of a service's endpoints, shared by its replicas. A row exists only
 * while an endpoint fails (a success deletes it; rows untouched for an hour are pruned), so the table holds at most one
 * row per failing endpoint. Each service gets it in its own schema, under its own migration name.
 */
export function endpointHealthMigration(schema: string, timestamp: number): new () => MigrationInterface {
  const name = `EndpointHealth${timestamp}`;
  return {
    [name]: class implements MigrationInterface {
      readonly name = name;

      async up(db: QueryRunner): Promise<void> {
        await db.query(`
          CREATE TABLE "${schema}".endpoint_health (
            endpoint_key          text PRIMARY KEY CHECK (length(endpoint_key) <= 300),
            consecutive_failures  integer NOT NULL,
            opened_at             timestamptz,
            open_until            timestamptz,
            probe_until           timestamptz,
            prober                text,
            updated_at            timestamptz NOT NULL DEFAULT now()
          )`);
        // What the pruning finds its batches by.
        await db.query(`CREATE INDEX endpoint_health_by_age ON "${schema}".endpoint_health (updated_at)`);
      }

      async down(db: QueryRunner): Promise<void> {
        await db.query(`DROP TABLE "${schema}".endpoint_health`);
      }
    },
  }[name];
}
