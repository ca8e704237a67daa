import type { EntityManager } from 'typeorm';

/** Attempts read and rewritten at a time. */
const BATCH = 500;

/**
 * The error texts of the subscription deliveries' attempts for these complaints of one client system, rewritten by
 * `redact` (given the attempt's complaint) in keyset pages of BATCH, in the caller's transaction. What an endpoint
 * or a proxy answered may echo the body it was sent, and with it the customer; an attempt whose text does not change
 * is not rewritten, so erasing again changes nothing. Returns how many changed.
 */
export async function redactAttemptErrors(
  manager: EntityManager,
  clientSystemId: string,
  complaintIds: string[],
  redact: (complaintId: string, text: string) => string,
): Promise<number> {
  let changed = 0;
  for (let after = '0'; ;) {
    const rows: { id: string; complaint_id: string; error: string }[] = await manager.query(
      `SELECT a.id::text AS id, d.complaint_id, a.error
       FROM intake.webhook_deliveries d JOIN intake.webhook_attempts a ON a.delivery_id = d.id
       WHERE d.complaint_id = ANY($1::uuid[]) AND d.client_system_id = $2 AND a.error IS NOT NULL AND a.id > $3::bigint
       ORDER BY a.id LIMIT $4`,
      [complaintIds, clientSystemId, after, BATCH],
    );
    const redacted = rows.flatMap((row) => {
      const error = redact(row.complaint_id, row.error);
      return error === row.error ? [] : [{ id: row.id, error }];
    });
    if (redacted.length > 0)
      await manager.query(
        `UPDATE intake.webhook_attempts a SET error = r.error
         FROM unnest($1::bigint[], $2::text[]) AS r(id, error) WHERE a.id = r.id`,
        [redacted.map((row) => row.id), redacted.map((row) => row.error)],
      );
    changed += redacted.length;
    if (rows.length < BATCH) return changed;
    after = rows[rows.length - 1].id;
  }
}
