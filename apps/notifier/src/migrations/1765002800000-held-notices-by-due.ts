import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's held notices by the hour their digest waits for: the earliest is read after every notice held for a
 * digest, and through an index of the person alone it read all of them (1.9 ms a call for a supervisor with 8,000
 * review items waiting). Replaces that index. CONCURRENTLY, so notices go on while it is built.
 */
export class HeldNoticesByDue1765002800000 implements MigrationInterface {
  readonly transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS notifier.staff_notices_held_by_due`);
    await db.query(
      `CREATE INDEX CONCURRENTLY staff_notices_held_by_due ON notifier.staff_notices (person, digest_due_at) WHERE status = 'held'`,
    );
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS notifier.staff_notices_held`);
  }

  // Not CONCURRENTLY: TypeORM undoes a migration inside a transaction whatever `transaction` says.
  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX IF NOT EXISTS staff_notices_held ON notifier.staff_notices (person) WHERE status = 'held'`,
    );
    await db.query(`DROP INDEX IF EXISTS notifier.staff_notices_held_by_due`);
  }
}
