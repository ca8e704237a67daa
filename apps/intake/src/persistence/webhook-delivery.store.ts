import { DataSource } from 'typeorm';
import { FeedChange } from '../domain/webhook-event';

/** Feed changes turned into deliveries per subscription per round. */
const DISPATCH_BATCH = 500;

/**
 * Turns each subscription's new feed changes (intake.client_changes, numbered and committed) into pending
 * deliveries of the kinds it asked for, and moves its dispatched position past them, in one transaction. Replicas
 * skip subscriptions another one is dispatching. Answers how many deliveries it made.
 */
export async function dispatchChanges(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const subscriptions: { client_system_id: string; dispatched_position: string; kinds: string[] }[] = await tx.query(
      `SELECT client_system_id, dispatched_position, kinds FROM intake.subscriptions FOR UPDATE SKIP LOCKED`,
    );
    let made = 0;
    for (const subscription of subscriptions) {
      const [{ made: count }] = await tx.query(
        `WITH scanned AS (
           SELECT * FROM intake.client_changes WHERE client_system_id = $1 AND position > $2::bigint
           ORDER BY client_changes.position LIMIT $4
         ), made AS (
           INSERT INTO intake.webhook_deliveries (id, client_system_id, position, complaint_id, type, at, summary, details)
           SELECT gen_random_uuid(), client_system_id, position, complaint_id, type, at, summary, details FROM scanned
           WHERE CASE WHEN type = 'status.changed' THEN 'status' ELSE 'timeline' END = ANY($3::text[])
           ON CONFLICT (client_system_id, position) DO NOTHING
           RETURNING 1
         ), moved AS (
           UPDATE intake.subscriptions SET dispatched_position = (SELECT max(position) FROM scanned)
           WHERE client_system_id = $1 AND EXISTS (SELECT 1 FROM scanned)
         )
         SELECT count(*)::int AS made FROM made`,
        [subscription.client_system_id, subscription.dispatched_position, subscription.kinds, DISPATCH_BATCH],
      );
      made += count as number;
    }
    return made;
  });
}

export interface ClaimedDelivery extends FeedChange {
  clientSystemId: string;
  url: string;
  attempts: number;
  firstDueAt: Date;
  secretNonces: string[];
}

/**
 * Leases due deliveries, at most `perSubscription` of each subscription, oldest first, skipping the subscriptions
 * in `paused` (open circuits). A delivery is due only when no earlier one of the same complaint is still pending,
 * so a complaint's events go out in order, one at a time, whichever replica sends them.
 */
export async function claimDeliveries(
  dataSource: DataSource,
  paused: string[],
  perSubscription: number,
  max: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  type ClaimedRow = {
    id: string;
    client_system_id: string;
    position: string;
    complaint_id: string;
    type: string;
    at: Date;
    summary: string;
    details: Record<string, unknown>;
    attempts: number;
    first_due_at: Date;
    url: string;
    secret_nonce: string;
    previous_nonce: string | null;
  };
  // An UPDATE answers [rows, count] through TypeORM.
  const [rows] = (await dataSource.query(
    `WITH candidates AS (
       -- Each subscription's first due deliveries in feed order (webhook_deliveries_pending_by_position), not
       -- every pending one numbered: a backlog costs a claim no more than the few rows it takes.
       SELECT c.id FROM intake.subscriptions s
       CROSS JOIN LATERAL (
         SELECT d.id FROM intake.webhook_deliveries d
         WHERE d.client_system_id = s.client_system_id
           AND d.status = 'pending' AND d.due_at <= now() AND (d.leased_until IS NULL OR d.leased_until < now())
           AND NOT EXISTS (
             SELECT 1 FROM intake.webhook_deliveries e
             WHERE e.client_system_id = d.client_system_id AND e.complaint_id = d.complaint_id
               AND e.status = 'pending' AND e.position < d.position)
         ORDER BY d.position LIMIT $2
       ) c
       WHERE NOT (s.client_system_id = ANY($1::uuid[]))
     ), due AS (
       -- The lease conditions again, on the locked row: a row another claimer leased and committed meanwhile is
       -- rechecked on its new version here (the CTE above saw the old one) and left out.
       SELECT d.id FROM intake.webhook_deliveries d JOIN candidates c ON c.id = d.id
       WHERE d.status = 'pending' AND (d.leased_until IS NULL OR d.leased_until < now())
       ORDER BY d.due_at LIMIT $3 FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE intake.webhook_deliveries d SET leased_until = now() + $4 * interval '1 millisecond'
     FROM due, intake.subscriptions s
     WHERE d.id = due.id AND s.client_system_id = d.client_system_id
       AND d.status = 'pending' AND (d.leased_until IS NULL OR d.leased_until < now())
     RETURNING d.*, d.position::text AS position, s.url, s.secret_nonce,
               CASE WHEN s.previous_expires_at > now() THEN s.previous_nonce END AS previous_nonce`,
    [paused, perSubscription, max, leaseMs],
  )) as [ClaimedRow[], number];
  return rows
    .map((row) => ({
      eventId: row.id,
      clientSystemId: row.client_system_id,
      position: row.position,
      complaintId: row.complaint_id,
      type: row.type,
      at: row.at,
      summary: row.summary,
      details: row.details,
      attempts: row.attempts,
      firstDueAt: row.first_due_at,
      url: row.url,
      secretNonces: row.previous_nonce ? [row.secret_nonce, row.previous_nonce] : [row.secret_nonce],
    }))
    .sort((a, b) => Number(a.position) - Number(b.position));
}

export type AttemptOutcome =
  | { outcome: 'delivered'; durationMs: number }
  | { outcome: 'failed'; durationMs: number; error: string; retryAt: Date | null };

/** Writes one attempt and what follows it: delivered, due again at `retryAt`, or given up (retryAt null). */
export async function recordAttempt(
  dataSource: DataSource,
  delivery: ClaimedDelivery,
  result: AttemptOutcome,
): Promise<void> {
  await dataSource.transaction(async (tx) => {
    if (result.outcome === 'delivered') {
      await tx.query(
        `UPDATE intake.webhook_deliveries SET status = 'delivered', delivered_at = now(), attempts = attempts + 1,
           leased_until = NULL WHERE id = $1 AND status = 'pending'`,
        [delivery.eventId],
      );
    } else {
      await tx.query(
        `UPDATE intake.webhook_deliveries
         SET attempts = attempts + 1, leased_until = NULL,
             status = CASE WHEN $2::timestamptz IS NULL THEN 'failed' ELSE status END,
             due_at = coalesce($2::timestamptz, due_at)
         WHERE id = $1 AND status = 'pending'`,
        [delivery.eventId, result.retryAt],
      );
    }
    await tx.query(
      `INSERT INTO intake.webhook_attempts (delivery_id, client_system_id, outcome, error, duration_ms)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        delivery.eventId,
        delivery.clientSystemId,
        result.outcome,
        result.outcome === 'failed' ? result.error.slice(0, 500) : null,
        Math.round(result.durationMs),
      ],
    );
  });
}

/** Gives back leases not used (the circuit opened before their turn), so they wait without an attempt counted. */
export async function releaseDeliveries(dataSource: DataSource, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await dataSource.query(`UPDATE intake.webhook_deliveries SET leased_until = NULL WHERE id = ANY($1::uuid[])`, [ids]);
}
