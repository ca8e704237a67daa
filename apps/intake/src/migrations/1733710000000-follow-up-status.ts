import { MigrationInterface, QueryRunner } from 'typeorm';

/** `follow-up` ranks between `resolved` and `closed`: a closed complaint's rank moves up one to stay above it. */
export class FollowUpStatus1733710000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE intake.complaints SET status_rank = 7 WHERE status = 'closed'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE intake.complaints SET status = 'resolved', status_rank = 5 WHERE status = 'follow-up'`);
    await db.query(`UPDATE intake.complaints SET status_rank = 6 WHERE status = 'closed'`);
  }
}
