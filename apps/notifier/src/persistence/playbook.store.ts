import { Db, returnedRows } from './rows';

/** A playbook's columns as a supervisor writes them, in the order the statements below take them. */
export type PlaybookColumns = [
  name: string,
  touchpoint: string | null,
  keywords: string[],
  activeFrom: Date,
  activeUntil: Date | null,
  /** The message per locale, as JSON. */
  message: string,
  compensation: number,
  currency: string,
];

/** The SQL of playbooks (`notifier.playbooks`) and of the complaints they answered (`notifier.playbook_applications`). */
export async function insertPlaybook(
  db: Db,
  id: string,
  columns: PlaybookColumns,
  createdBy: string,
): Promise<Record<string, any>[]> {
  return returnedRows(
    await db.query(
      `INSERT INTO notifier.playbooks (id, name, touchpoint, keywords, active_from, active_until, message, compensation, currency, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [id, ...columns, createdBy],
    ),
  );
}

export async function updatePlaybook(db: Db, id: string, columns: PlaybookColumns): Promise<Record<string, any>[]> {
  return returnedRows(
    await db.query(
      `UPDATE notifier.playbooks SET name = $2, touchpoint = $3, keywords = $4, active_from = $5, active_until = $6, message = $7,
         compensation = $8, currency = $9, updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id, ...columns],
    ),
  );
}

/** Stops the playbook for complaints received from now on; one already ended keeps its end. */
export async function endPlaybook(db: Db, id: string): Promise<Record<string, any>[]> {
  return returnedRows(
    await db.query(
      `UPDATE notifier.playbooks
       SET active_until = CASE WHEN active_until IS NOT NULL AND active_until <= now() THEN active_until ELSE greatest(now(), active_from + interval '1 millisecond') END,
           updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id],
    ),
  );
}

/** The playbooks active at `at`, oldest first. */
export function activePlaybooksAt(db: Db, at: Date): Promise<Record<string, any>[]> {
  return db.query(
    `SELECT id, name, touchpoint, keywords, active_from, active_until, message, compensation FROM notifier.playbooks
       WHERE active_from <= $1 AND (active_until IS NULL OR active_until > $1) ORDER BY created_at, id`,
    [at],
  );
}

/** Applies the playbook to the complaint, at most once per complaint: false when one was applied already. */
export async function insertApplication(
  db: Db,
  complaintId: string,
  playbookId: string,
  appliedAt: Date,
  currency: string,
): Promise<boolean> {
  const inserted: unknown[] = await db.query(
    `INSERT INTO notifier.playbook_applications (complaint_id, playbook_id, applied_at, compensation, currency)
       VALUES ($1, $2, $3, 0, $4) ON CONFLICT (complaint_id) DO NOTHING RETURNING complaint_id`,
    [complaintId, playbookId, appliedAt, currency],
  );
  return inserted.length > 0;
}

export async function setApplicationCompensation(db: Db, complaintId: string, granted: number): Promise<void> {
  await db.query(`UPDATE notifier.playbook_applications SET compensation = $2 WHERE complaint_id = $1`, [
    complaintId,
    granted,
  ]);
}

export async function setApplicationNotification(db: Db, complaintId: string, notificationId: string): Promise<void> {
  await db.query(`UPDATE notifier.playbook_applications SET notification_id = $2 WHERE complaint_id = $1`, [
    complaintId,
    notificationId,
  ]);
}
