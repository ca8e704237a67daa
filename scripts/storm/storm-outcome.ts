import { Client } from 'pg';

/** What a storm left in the services' tables, read once it has settled. A check, so it may read every schema. */
export interface StormOutcome {
  /** Distinct root causes the storm's complaints were linked to (target 1). */
  rootCauses: number;
  acknowledgements: number;
  resolutions: number;
  /** Resolution messages given up after the last attempt (reported in customer.notified as failed). */
  failedResolutions: number;
  /** Complaints with more than one message of one kind (target 0). */
  duplicateMessages: number;
  /** Complaints with a compensation decision, and with more than one (target 0). */
  compensations: number;
  duplicateCompensations: number;
  /** Every amount paid, including what a review-required grant pays at once (up to the limit). */
  granted: { count: number; minorUnits: number };
  review: number;
  budget: { limit: number; used: number } | null;
}

export async function readStormOutcome(db: Client, complaintIds: string[]): Promise<StormOutcome> {
  const one = async (sql: string): Promise<Record<string, string | null>> =>
    (await db.query(sql, [complaintIds])).rows[0];
  const links = await one(
    `SELECT count(DISTINCT root_cause_id) AS n FROM triage.complaint_links WHERE complaint_id = ANY($1::uuid[])`,
  );
  const messages = await one(
    `SELECT count(*) FILTER (WHERE kind = 'acknowledgement' AND status = 'sent') AS acknowledgements,
            count(*) FILTER (WHERE kind = 'resolution' AND status = 'sent') AS resolutions,
            count(*) FILTER (WHERE kind = 'resolution' AND status = 'failed') AS failed_resolutions
     FROM notifier.notifications WHERE complaint_id = ANY($1::uuid[])`,
  );
  const duplicates = await one(
    `SELECT count(*) AS n FROM (SELECT 1 FROM notifier.notifications WHERE complaint_id = ANY($1::uuid[])
       AND kind IN ('acknowledgement', 'resolution') GROUP BY complaint_id, kind HAVING count(*) > 1) d`,
  );
  const compensations = await one(
    `SELECT count(*) AS n, count(*) - count(DISTINCT complaint_id) AS duplicates,
            count(*) FILTER (WHERE granted > 0) AS granted, coalesce(sum(granted), 0) AS amount,
            count(*) FILTER (WHERE status = 'review') AS review
     FROM notifier.compensations WHERE complaint_id = ANY($1::uuid[])`,
  );
  const budget = (
    await db.query(
      `SELECT limit_amount, used FROM notifier.budgets WHERE currency = 'RUB' ORDER BY period DESC LIMIT 1`,
    )
  ).rows[0];
  return {
    rootCauses: Number(links.n),
    acknowledgements: Number(messages.acknowledgements),
    resolutions: Number(messages.resolutions),
    failedResolutions: Number(messages.failed_resolutions),
    duplicateMessages: Number(duplicates.n),
    compensations: Number(compensations.n),
    duplicateCompensations: Number(compensations.duplicates),
    granted: { count: Number(compensations.granted), minorUnits: Number(compensations.amount) },
    review: Number(compensations.review),
    budget: budget ? { limit: Number(budget.limit_amount), used: Number(budget.used) } : null,
  };
}

/** The root cause most of the storm went to, and how many of its complaints it has. */
export async function stormRootCause(
  db: Client,
  complaintIds: string[],
): Promise<{ id: string; complaints: number } | null> {
  const { rows } = await db.query(
    `SELECT root_cause_id AS id, count(*)::int AS complaints FROM triage.complaint_links WHERE complaint_id = ANY($1::uuid[])
     GROUP BY root_cause_id ORDER BY count(*) DESC LIMIT 1`,
    [complaintIds],
  );
  return rows[0] ?? null;
}
