import { Db } from './rows';

/** Compensations with the name of their first approver (`first_approver_name`), for their view. */
export const COMPENSATION_ROWS = `
  SELECT c.*, first_approver.name AS first_approver_name FROM notifier.compensations c
  LEFT JOIN notifier.supervisors first_approver ON first_approver.id = c.first_approved_by`;

/** What a settle reads of a compensation decided before. */
export interface SettledCompensation {
  id: string;
  granted: string;
  currency: string;
  status: string;
}

/** The policy's outcome, as a compensation's row records it. */
export interface SettlementRow {
  granted: number;
  requested: number | null;
  basis: string;
  status: string;
  reviewReason: string | null;
}

/**
 * The SQL of compensations (`notifier.compensations`): one row per complaint (a unique key). Opens it with the
 * policy's outcome; false when the complaint has one already.
 */
export async function openCompensation(
  db: Db,
  c: { id: string; complaintId: string; rootCauseId: string | null; currency: string; period: string },
  outcome: SettlementRow,
): Promise<boolean> {
  const inserted: unknown[] = await db.query(
    `INSERT INTO notifier.compensations
       (id, complaint_id, root_cause_id, currency, period, granted, granted_at_once, requested, basis, status, review_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10) ON CONFLICT (complaint_id) DO NOTHING RETURNING id`,
    [
      c.id,
      c.complaintId,
      c.rootCauseId,
      c.currency,
      c.period,
      outcome.granted,
      outcome.requested,
      outcome.basis,
      outcome.status,
      outcome.reviewReason,
    ],
  );
  return inserted.length > 0;
}

export async function compensationOfComplaint(db: Db, complaintId: string): Promise<SettledCompensation> {
  const [existing] = await db.query(
    `SELECT id, granted, currency, status FROM notifier.compensations WHERE complaint_id = $1`,
    [complaintId],
  );
  return existing;
}

/** Another outcome for a compensation opened in this transaction (the budget did not fit its grant). */
export async function recordSettlement(db: Db, id: string, outcome: SettlementRow): Promise<void> {
  await db.query(
    `UPDATE notifier.compensations SET granted = $2, granted_at_once = $2, requested = $3, basis = $4, status = $5, review_reason = $6 WHERE id = $1`,
    [id, outcome.granted, outcome.requested, outcome.basis, outcome.status, outcome.reviewReason],
  );
}

/** Locks the compensation's row for a supervisor's decision; undefined when there is none. */
export async function lockCompensation(db: Db, id: string): Promise<Record<string, any> | undefined> {
  const [row] = await db.query(`SELECT * FROM notifier.compensations WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}

export async function recordFirstApproval(db: Db, id: string, supervisorId: string, amount: number): Promise<void> {
  await db.query(
    `UPDATE notifier.compensations SET first_approved_by = $2, first_approved_amount = $3, first_approved_at = now() WHERE id = $1`,
    [id, supervisorId, amount],
  );
}

export async function recordReviewDecision(
  db: Db,
  id: string,
  decision: { status: string; granted: number; supervisorId: string; reason: string | null },
): Promise<void> {
  await db.query(
    `UPDATE notifier.compensations SET status = $2, granted = $3, decided_at = now(), decided_by = $4, decision_reason = $5 WHERE id = $1`,
    [id, decision.status, decision.granted, decision.supervisorId, decision.reason],
  );
}

/** One compensation, known to exist, as its view reads it (with its first approver's name). */
export async function compensationWithApprover(db: Db, id: string): Promise<Record<string, any>> {
  const [row] = await db.query(`${COMPENSATION_ROWS} WHERE c.id = $1`, [id]);
  return row;
}

/** A supervisor's reason for a compensation decision is written for the customer and may name them. */
export async function eraseDecisionReasonsOf(db: Db, complaintIds: string[]): Promise<void> {
  await db.query(`UPDATE notifier.compensations SET decision_reason = NULL WHERE complaint_id = ANY($1)`, [
    complaintIds,
  ]);
}
