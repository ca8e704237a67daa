import { Channel, NotificationKind, Transport } from '@redress/contracts';
import { EntityManager } from 'typeorm';
import { ChannelMessage } from './channel-message';
import { Db, returnedRows } from './rows';

/** A due notification claimed for one sender until `due_at`, its lease's expiry. */
export interface ClaimedNotification {
  id: string;
  complaint_id: string;
  kind: NotificationKind;
  channel: Channel;
  recipient: string | null;
  locale: string;
  subject: string;
  body: string;
  attempts: number;
  endpoint_key: string;
  lease_token: string;
  /** When the give-up clock started: first due, or resent. */
  age_from: Date;
  window_from: string | null;
  window_to: string | null;
  timezone: string | null;
  /** The message for the other channel, sent instead if this one fails for good. */
  fallback: ChannelMessage | null;
  /** The failed message this one replaces. */
  fallback_of: string | null;
}

export interface ClaimRequest {
  size: number;
  leaseMs: number;
  /** Messages one endpoint may take in one claim, unless `allowances` says fewer. */
  endpointLimit: number;
  /** Endpoints that may take fewer (0: none, their circuit is open or their sends fill the limit). */
  allowances: ReadonlyMap<string, number>;
}

export interface DeliveryResult {
  row: ClaimedNotification;
  status: 'sent' | 'scheduled' | 'failed';
  /** The row's attempts unchanged: the message was not sent (its window had closed), it only waits again. */
  attempts: number;
  error?: string;
  at: Date;
  retryAt?: Date;
  /** What accepted a sent message. */
  transport?: Transport;
  /** Failed because the customer was erased: no other channel is tried. */
  noFallback?: boolean;
}

/**
 * Claims due notifications fairly: the oldest due ones of every queue (endpoint and client system), first of each
 * queue, then second of each, and so on, each endpoint no more than its allowance. Finds the queues by skipping
 * through the (endpoint_key, client_system, due_at) index, so a claim costs a few probes per queue, whatever the
 * backlog. A complaint's webhooks (which the client system passes on to its customer) go in the order they were
 * written (those written in one transaction in any order), one at a time: the next is due only once the one before
 * it was sent or failed. A claim moves `due_at` to the lease's expiry and writes a fresh `lease_token`: until then no one else
 * claims the row (a concurrent claim waits for the row lock, then finds it no longer due); after it, it is due again.
 */
export async function claimDue(db: EntityManager, request: ClaimRequest): Promise<ClaimedNotification[]> {
  const keys = [...request.allowances.keys()];
  const rows = await db.query(
    `WITH RECURSIVE queues AS (
       (SELECT endpoint_key, client_system FROM notifier.notifications WHERE status = 'scheduled' ORDER BY endpoint_key, client_system LIMIT 1)
       UNION ALL
       SELECT next.endpoint_key, next.client_system FROM queues q CROSS JOIN LATERAL (
         SELECT n.endpoint_key, n.client_system FROM notifier.notifications n
         WHERE n.status = 'scheduled' AND (n.endpoint_key, n.client_system) > (q.endpoint_key, q.client_system)
         ORDER BY n.endpoint_key, n.client_system LIMIT 1) next
     ), candidates AS (
       SELECT c.* FROM queues q
       LEFT JOIN unnest($1::text[], $2::int[]) AS a(endpoint_key, allowance) ON a.endpoint_key = q.endpoint_key
       CROSS JOIN LATERAL (
         SELECT n.id, n.endpoint_key, n.due_at, coalesce(a.allowance, $3) AS allowance,
                row_number() OVER (ORDER BY n.due_at) AS turn
         FROM notifier.notifications n
         WHERE n.status = 'scheduled' AND n.endpoint_key = q.endpoint_key AND n.client_system = q.client_system AND n.due_at <= now()
           -- a complaint's webhooks go one at a time, in the order they were written
           AND (n.channel <> 'webhook' OR NOT EXISTS (
             SELECT 1 FROM notifier.notifications e
             WHERE e.complaint_id = n.complaint_id AND e.channel = 'webhook' AND e.status = 'scheduled'
               AND (e.created_at, e.id) < (n.created_at, n.id)))
         ORDER BY n.due_at LIMIT coalesce(a.allowance, $3)) c
     ), picked AS (
       SELECT id FROM (SELECT *, row_number() OVER (PARTITION BY endpoint_key ORDER BY turn, due_at) AS slot FROM candidates) fair
       WHERE slot <= allowance ORDER BY turn, due_at LIMIT $4
     ), claimed AS (
       UPDATE notifier.notifications n SET due_at = now() + make_interval(secs => $5), lease_token = gen_random_uuid()
       FROM picked WHERE n.id = picked.id AND n.status = 'scheduled' AND n.due_at <= now()
       RETURNING n.id, n.complaint_id, n.kind, n.channel, n.recipient, n.locale, n.subject, n.body, n.attempts, n.endpoint_key,
                 n.lease_token, coalesce(n.age_from, n.scheduled_for) AS age_from, n.fallback, n.fallback_of
     )
     SELECT claimed.*, c.window_from, c.window_to, c.timezone
     FROM claimed LEFT JOIN notifier.complaints c ON c.id = claimed.complaint_id`,
    [keys, keys.map((key) => request.allowances.get(key)), request.endpointLimit, request.size, request.leaseMs / 1000],
  );
  return rows as ClaimedNotification[];
}

/**
 * Writes what the attempts came to, each only while its sender still holds the lease: a sender whose lease expired
 * (and whose row someone else may have claimed since) changes nothing. Returns the ids written.
 */
export async function recordResults(db: EntityManager, results: DeliveryResult[]): Promise<Set<string>> {
  const written = await db.query(
    `UPDATE notifier.notifications n
     SET status = o.status, attempts = o.attempts, lease_token = NULL,
         -- a message that only waits again (same attempts) keeps the error of its last attempt
         last_error = CASE WHEN o.attempts > n.attempts THEN o.last_error ELSE n.last_error END,
         sent_at = CASE WHEN o.status = 'sent' THEN o.at END,
         transport = CASE WHEN o.status = 'sent' THEN o.transport END,
         failed_at = CASE WHEN o.status = 'failed' THEN o.at END,
         due_at = coalesce(o.retry_at, n.due_at)
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::text[])
       AS o(id, lease_token, status, attempts, last_error, at, retry_at, transport)
     WHERE n.id = o.id AND n.lease_token = o.lease_token
     RETURNING n.id`,
    [
      results.map((r) => r.row.id),
      results.map((r) => r.row.lease_token),
      results.map((r) => r.status),
      results.map((r) => r.attempts),
      results.map((r) => r.error?.slice(0, 2000) ?? null),
      results.map((r) => r.at),
      results.map((r) => r.retryAt ?? null),
      results.map((r) => r.transport ?? null),
    ],
  );
  return new Set(returnedRows<{ id: string }>(written).map((row) => row.id));
}

/** A new notification, due at `due`; written once per complaint and causing event. */
export interface NewNotification {
  id: string;
  complaintId: string;
  causeEventId: string;
  rootCauseId: string | null;
  kind: NotificationKind;
  channel: Channel;
  due: Date;
  recipient: string | null;
  locale: string;
  subject: string;
  body: string;
  fallback: ChannelMessage | null;
  /** The hash of the status link the message carries, stored with it (none when the message is not written). */
  statusLinkHash: string;
}

/** Writes it `scheduled`, in the complaint's client system's queue; null when that pair had one already. */
export async function insertNotification(db: Db, n: NewNotification): Promise<string | null> {
  const rows: { id: string }[] = await db.query(
    `WITH inserted AS (
       INSERT INTO notifier.notifications
         (id, complaint_id, cause_event_id, root_cause_id, kind, channel, status, scheduled_for, due_at, recipient, locale, subject, body, fallback, client_system)
       VALUES ($1, $2, $3, $4, $5, $6, 'scheduled', $7, $7, $8, $9, $10, $11, $12,
               -- the delivery worker shares its sends fairly between client systems
               coalesce((SELECT client_system FROM notifier.complaints WHERE id = $2), ''))
       ON CONFLICT (cause_event_id, complaint_id) DO NOTHING RETURNING id, complaint_id),
     link AS (INSERT INTO notifier.status_links (token_hash, complaint_id) SELECT $13, complaint_id FROM inserted)
     SELECT id FROM inserted`,
    [
      n.id,
      n.complaintId,
      n.causeEventId,
      n.rootCauseId,
      n.kind,
      n.channel,
      n.due,
      n.recipient,
      n.locale,
      n.subject,
      n.body,
      n.fallback,
      n.statusLinkHash,
    ],
  );
  return rows[0]?.id ?? null;
}

/** A message that failed for good, and the one for the other channel that replaces it. */
export interface Fallback {
  /** The message that failed for good. */
  failedId: string;
  message: ChannelMessage;
  due: Date;
}

/**
 * Schedules the messages that replace ones failed for good, each a notification of its own pointing at the failed one
 * (`fallback_of`), with its kind, locale and client system. The failed message's id is its cause, so a failure
 * recorded twice (a resend that failed again) schedules one replacement only. A replacement has no fallback itself.
 */
export async function scheduleFallbacks(db: EntityManager, fallbacks: Fallback[]): Promise<void> {
  if (fallbacks.length === 0) return;
  await db.query(
    `INSERT INTO notifier.notifications
       (id, complaint_id, cause_event_id, root_cause_id, kind, channel, status, scheduled_for, due_at, recipient, locale, subject, body,
        client_system, fallback_of)
     SELECT gen_random_uuid(), n.complaint_id, n.id, n.root_cause_id, n.kind, f.channel, 'scheduled', f.due, f.due, f.recipient, n.locale,
            f.subject, f.body, n.client_system, n.id
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
       AS f(failed_id, channel, recipient, subject, body, due)
     JOIN notifier.notifications n ON n.id = f.failed_id
     ON CONFLICT (cause_event_id, complaint_id) DO NOTHING`,
    [
      fallbacks.map((f) => f.failedId),
      fallbacks.map((f) => f.message.channel),
      fallbacks.map((f) => f.message.recipient),
      fallbacks.map((f) => f.message.subject),
      fallbacks.map((f) => f.message.body),
      fallbacks.map((f) => f.due),
    ],
  );
}

/**
 * Puts failed notifications back to `scheduled`, due now, with a fresh give-up clock and attempt count, but not one
 * already replaced on the other channel nor an erased customer's. Returns how many.
 */
export async function rescheduleFailed(db: Db, since: Date | null, channel: Channel | null): Promise<number> {
  const result = await db.query(
    `UPDATE notifier.notifications n
     SET status = 'scheduled', due_at = now(), age_from = now(), attempts = 0, failed_at = NULL, lease_token = NULL
     WHERE status = 'failed' AND ($1::timestamptz IS NULL OR failed_at >= $1) AND ($2::text IS NULL OR channel = $2)
       AND NOT EXISTS (SELECT 1 FROM notifier.notifications f WHERE f.fallback_of = n.id)
       -- an erased customer's messages are not to be sent (recipients are asked of intake at send time: ADR 0009)
       AND NOT EXISTS (SELECT 1 FROM notifier.complaints c WHERE c.id = n.complaint_id AND c.erased_at IS NOT NULL)
       AND n.last_error IS DISTINCT FROM 'customer data erased'
     RETURNING n.id`,
    [since, channel],
  );
  return returnedRows(result).length;
}

/** Forgets the recipient and text of these complaints' messages; one still due is failed, never sent. */
export async function eraseNotificationsOf(db: Db, complaintIds: string[]): Promise<void> {
  await db.query(
    `UPDATE notifier.notifications
       SET recipient = NULL, subject = NULL, body = NULL, fallback = NULL, lease_token = NULL,
         last_error = CASE WHEN status = 'scheduled' OR last_error = 'customer data erased' THEN 'customer data erased'
           WHEN last_error IS NOT NULL THEN '[erased]' END,
         failed_at = CASE WHEN status = 'scheduled' THEN now() ELSE failed_at END,
         status = CASE WHEN status = 'scheduled' THEN 'failed' ELSE status END
       WHERE complaint_id = ANY($1)`,
    [complaintIds],
  );
}
