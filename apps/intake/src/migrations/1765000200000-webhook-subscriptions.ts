import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions per client system. A subscription keeps the feed position up to which the client's changes
 * (intake.client_changes) have become deliveries, so deliveries follow the durable, numbered feed across restarts
 * and replicas. Secrets are stored as nonces: the secret is HMAC(nonce, WEBHOOK_SIGNING_KEY), not in the database.
 * Each delivery keeps its attempts for GET /subscription/deliveries.
 */
export class WebhookSubscriptions1765000200000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE intake.subscriptions (
        client_system_id     uuid PRIMARY KEY REFERENCES intake.client_systems (id),
        url                  text NOT NULL,
        kinds                text[] NOT NULL,
        secret_nonce         text NOT NULL,
        previous_nonce       text,
        previous_expires_at  timestamptz,
        dispatched_position  bigint NOT NULL,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    // A queue while pending (due_at), a history afterwards: vacuumed often, like the other queue tables.
    await db.query(`
      CREATE TABLE intake.webhook_deliveries (
        id                uuid PRIMARY KEY,
        client_system_id  uuid NOT NULL REFERENCES intake.client_systems (id),
        position          bigint NOT NULL,
        complaint_id      uuid NOT NULL,
        type              text NOT NULL,
        at                timestamptz NOT NULL,
        summary           text NOT NULL,
        details           jsonb NOT NULL,
        status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
        attempts          integer NOT NULL DEFAULT 0,
        due_at            timestamptz NOT NULL DEFAULT now(),
        first_due_at      timestamptz NOT NULL DEFAULT now(),
        leased_until      timestamptz,
        delivered_at      timestamptz,
        UNIQUE (client_system_id, position)
      ) WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)`);
    await db.query(
      `CREATE INDEX webhook_deliveries_due ON intake.webhook_deliveries (due_at) WHERE status = 'pending'`,
    );
    // What pruning deletes: finished deliveries by age (WEBHOOK_DELIVERY_RETENTION).
    await db.query(
      `CREATE INDEX webhook_deliveries_finished ON intake.webhook_deliveries (due_at) WHERE status <> 'pending'`,
    );
    // "Is an earlier delivery of this complaint still pending?", asked for every claim.
    await db.query(
      `CREATE INDEX webhook_deliveries_pending_by_complaint ON intake.webhook_deliveries (client_system_id, complaint_id, position) WHERE status = 'pending'`,
    );
    await db.query(`
      CREATE TABLE intake.webhook_attempts (
        id                bigserial PRIMARY KEY,
        delivery_id       uuid NOT NULL REFERENCES intake.webhook_deliveries (id) ON DELETE CASCADE,
        client_system_id  uuid NOT NULL,
        at                timestamptz NOT NULL DEFAULT now(),
        outcome           text NOT NULL CHECK (outcome IN ('delivered', 'failed')),
        error             text,
        duration_ms       integer NOT NULL
      )`);
    await db.query(`CREATE INDEX webhook_attempts_by_client ON intake.webhook_attempts (client_system_id, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE intake.webhook_attempts, intake.webhook_deliveries, intake.subscriptions`);
  }
}
