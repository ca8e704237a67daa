import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the pruner finds expired changes by (and the oldest one's age for its metric). Built CONCURRENTLY: the feed is
 * intake's largest table, and the sequencer keeps writing to it while the index is built.
 */
export class ChangeFeedByAge1765002400001 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS intake.client_changes_by_age`);
    await db.query(`CREATE INDEX CONCURRENTLY client_changes_by_age ON intake.client_changes (recorded_at)`);
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS intake.client_changes_by_age`);
  }
}
