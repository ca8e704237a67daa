import { Db } from './department.store';

/**
 * The SQL of `escalation.erased_complaints`: the complaints whose customer was erased, remembered so that a
 * `followup.requested` still on its way keeps nothing that reaches or quotes them.
 */

export async function rememberErased(db: Db, complaintIds: string[]): Promise<void> {
  await db.query(
    `INSERT INTO escalation.erased_complaints (complaint_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
    [complaintIds],
  );
}

export async function isErased(db: Db, complaintId: string): Promise<boolean> {
  const rows = await db.query(`SELECT FROM escalation.erased_complaints WHERE complaint_id = $1`, [complaintId]);
  return rows.length > 0;
}
