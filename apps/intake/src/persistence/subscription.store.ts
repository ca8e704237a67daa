import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SubscriptionKind } from '../domain/webhook-event';

export interface SubscriptionRow {
  client_system_id: string;
  url: string;
  kinds: SubscriptionKind[];
  secret_nonce: string;
  previous_nonce: string | null;
  previous_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A new nonce: with WEBHOOK_SIGNING_KEY it makes a new signing secret (domain/webhook-signature.ts). */
export function newSecretNonce(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Creates the client's subscription, or changes its URL and kinds (the secret stays). A new one starts after the
 * last change the client's feed has numbered: it receives what happens from now on, not the past (the feed has it).
 */
export async function putSubscription(
  dataSource: DataSource,
  clientSystemId: string,
  url: string,
  kinds: SubscriptionKind[],
): Promise<{ created: boolean; subscription: SubscriptionRow }> {
  const [row] = await dataSource.query(
    `INSERT INTO intake.subscriptions (client_system_id, url, kinds, secret_nonce, dispatched_position)
     VALUES ($1, $2, $3, $4, coalesce((SELECT last_position FROM intake.change_positions WHERE client_system_id = $1), 0))
     ON CONFLICT (client_system_id) DO UPDATE SET url = excluded.url, kinds = excluded.kinds, updated_at = now()
     RETURNING *, (xmax = 0) AS created`,
    [clientSystemId, url, kinds, newSecretNonce()],
  );
  const { created, ...subscription } = row as SubscriptionRow & { created: boolean };
  return { created, subscription };
}

export async function findSubscription(
  dataSource: DataSource,
  clientSystemId: string,
): Promise<SubscriptionRow | null> {
  const rows: SubscriptionRow[] = await dataSource.query(
    `SELECT * FROM intake.subscriptions WHERE client_system_id = $1`,
    [clientSystemId],
  );
  return rows[0] ?? null;
}

/** Ends the subscription; what was still waiting to be sent is cancelled, what was sent stays listed. */
export async function deleteSubscription(dataSource: DataSource, clientSystemId: string): Promise<boolean> {
  return dataSource.transaction(async (tx) => {
    const [, deleted] = (await tx.query(`DELETE FROM intake.subscriptions WHERE client_system_id = $1`, [
      clientSystemId,
    ])) as [unknown, number];
    await tx.query(
      `UPDATE intake.webhook_deliveries SET status = 'cancelled', leased_until = NULL
       WHERE client_system_id = $1 AND status = 'pending'`,
      [clientSystemId],
    );
    return deleted > 0;
  });
}

/** A new secret; the one it replaces keeps signing beside it for `overlapMs`. Null without a subscription. */
export async function rotateSubscriptionSecret(
  dataSource: DataSource,
  clientSystemId: string,
  overlapMs: number,
): Promise<SubscriptionRow | null> {
  const [rows] = (await dataSource.query(
    `UPDATE intake.subscriptions
     SET previous_nonce = secret_nonce, previous_expires_at = now() + $2 * interval '1 millisecond',
         secret_nonce = $3, updated_at = now()
     WHERE client_system_id = $1 RETURNING *`,
    [clientSystemId, overlapMs, newSecretNonce()],
  )) as [SubscriptionRow[], number];
  return rows[0] ?? null;
}

/** Sends a delivery again (same event id and body) with a fresh give-up clock; null when the client has no such one. */
export async function redeliver(
  dataSource: DataSource,
  clientSystemId: string,
  deliveryId: string,
): Promise<{ id: string; status: string } | null> {
  const [rows] = (await dataSource.query(
    `UPDATE intake.webhook_deliveries
     SET status = 'pending', due_at = now(), first_due_at = now(), leased_until = NULL
     WHERE id = $1 AND client_system_id = $2
       AND EXISTS (SELECT 1 FROM intake.subscriptions s WHERE s.client_system_id = $2)
     RETURNING id, status`,
    [deliveryId, clientSystemId],
  )) as [{ id: string; status: string }[], number];
  return rows[0] ?? null;
}

/** Where a customer's message for a complaint goes, and the nonces of its client system's signing secrets. */
export interface CallbackTarget {
  callback_url: string | null;
  erased_at: Date | null;
  secret_nonce: string | null;
  /** Only while the rotated-out secret still works. */
  previous_nonce: string | null;
}

/** The complaint's callbackUrl with its client system's subscription nonces; undefined when there is no such complaint. */
export async function callbackTarget(dataSource: DataSource, complaintId: string): Promise<CallbackTarget | undefined> {
  const [target]: CallbackTarget[] = await dataSource.query(
    `SELECT c.callback_url, c.erased_at, s.secret_nonce,
              CASE WHEN s.previous_expires_at > now() THEN s.previous_nonce END AS previous_nonce
       FROM intake.complaints c LEFT JOIN intake.subscriptions s ON s.client_system_id = c.client_system_id
       WHERE c.id = $1`,
    [complaintId],
  );
  return target;
}
