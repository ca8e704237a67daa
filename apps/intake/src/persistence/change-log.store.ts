import { DataSource } from 'typeorm';

/** Any fixed number: the key of the advisory lock that lets one sequencer at a time number changes. */
const SEQUENCER_LOCK = 7_330_900;

/**
 * Numbers the oldest committed pending changes, at most `max`, per client system after the last position it gave,
 * and moves them to the change log; answers how many it moved (0 also when another replica is sequencing). Rows
 * still uncommitted are invisible here and get numbered by a later call, after everything numbered now: one
 * sequencer at a time, each call one transaction, so every position commits after all smaller ones.
 */
export async function sequencePendingChanges(dataSource: DataSource, max: number): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEQUENCER_LOCK]);
    if (!locked) return 0;
    const moved: unknown[] = await tx.query(
      `WITH taken AS (
         DELETE FROM intake.pending_changes
         WHERE id IN (SELECT id FROM intake.pending_changes ORDER BY id LIMIT $1)
         RETURNING *
       ), numbered AS (
         SELECT taken.*, row_number() OVER (PARTITION BY client_system_id ORDER BY id) AS nth,
                count(*) OVER (PARTITION BY client_system_id) AS taken_count
         FROM taken
       ), advanced AS (
         INSERT INTO intake.change_positions (client_system_id, last_position)
         SELECT DISTINCT client_system_id, taken_count FROM numbered
         ON CONFLICT (client_system_id) DO UPDATE SET last_position = change_positions.last_position + excluded.last_position
         RETURNING client_system_id, last_position
       )
       INSERT INTO intake.client_changes (client_system_id, position, complaint_id, type, at, summary, details)
       SELECT n.client_system_id, a.last_position - n.taken_count + n.nth, n.complaint_id, n.type, n.at, n.summary, n.details
       FROM numbered n JOIN advanced a USING (client_system_id)
       RETURNING 1`,
      [max],
    );
    return moved.length;
  });
}
