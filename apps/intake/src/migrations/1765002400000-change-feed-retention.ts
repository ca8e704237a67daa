import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed is kept CHANGE_FEED_RETENTION, not for ever (docs/retention.md). Each change remembers when it was
 * numbered (`recorded_at`: `at` is when it happened, and a root cause's earlier entries are numbered when a complaint
 * joins it, so `at` can be old on a change just added). Whatever deletes changes raises the client system's horizon
 * (`change_horizons.pruned_through`, the highest position deleted) in the same statement, so the feed can tell a
 * cursor that points before it (410) from one that is merely early, even while a pruning round is half way.
 * Existing changes count as numbered now: they are kept one retention from this migration on.
 */
export class ChangeFeedRetention1765002400000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // now() is not volatile: Postgres stores it once as the column's default for existing rows, without a rewrite.
    await db.query(`ALTER TABLE intake.client_changes ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`
      CREATE TABLE intake.change_horizons (
        client_system_id  uuid PRIMARY KEY,
        pruned_through    bigint NOT NULL
      )`);
    await db.query(`
      CREATE FUNCTION intake.note_pruned_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO intake.change_horizons (client_system_id, pruned_through)
        SELECT client_system_id, max(position) FROM gone GROUP BY client_system_id
        ON CONFLICT (client_system_id)
          DO UPDATE SET pruned_through = greatest(change_horizons.pruned_through, excluded.pruned_through);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER client_changes_horizon AFTER DELETE ON intake.client_changes
      REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION intake.note_pruned_changes()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER client_changes_horizon ON intake.client_changes`);
    await db.query(`DROP FUNCTION intake.note_pruned_changes()`);
    await db.query(`DROP TABLE intake.change_horizons`);
    await db.query(`ALTER TABLE intake.client_changes DROP COLUMN recorded_at`);
  }
}
