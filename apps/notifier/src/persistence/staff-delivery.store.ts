import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Db, returnedRows } from './rows';

/** Where a person is reached: their email and chat webhook, each optional. */
export interface StaffContacts {
  person: string;
  email: string | null;
  chat_webhook: string | null;
}

/**
 * Queues one message to a person on each of their channels (email, chat webhook), due now. The staff delivery worker
 * sends it, outside any transaction, and retries it like a customer message; staff are not held to contact windows.
 */
export async function queueStaffMessage(
  manager: EntityManager,
  contacts: StaffContacts,
  message: { subject: string; body: string; notices: number; now: Date },
): Promise<number> {
  const targets: ['email' | 'chat', string][] = [];
  if (contacts.email) targets.push(['email', contacts.email]);
  if (contacts.chat_webhook) targets.push(['chat', contacts.chat_webhook]);
  if (targets.length === 0) return 0;
  await manager.query(
    `INSERT INTO notifier.staff_deliveries (id, person, channel, recipient, subject, body, notices, status, due_at, age_from, created_at)
     SELECT id, $3, channel, recipient, $4, $5, $6, 'scheduled', $7, $7, $7 FROM unnest($1::uuid[], $2::text[], $8::text[]) AS t(id, channel, recipient)`,
    [
      targets.map(() => randomUUID()),
      targets.map(([channel]) => channel),
      contacts.person,
      message.subject,
      message.body,
      message.notices,
      message.now,
      targets.map(([, recipient]) => recipient),
    ],
  );
  return targets.length;
}

/** A staff message leased to one sender until `due_at`, its lease's expiry. */
export interface ClaimedStaffMessage {
  id: string;
  person: string;
  channel: 'email' | 'chat';
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  age_from: Date;
  lease_token: string;
}

export interface StaffDeliveryOutcome {
  status: 'sent' | 'scheduled' | 'failed';
  attempts: number;
  error?: string;
  retryAt?: Date;
}

/** Leases up to `size` due staff messages for `leaseSeconds`; rows another sender holds are skipped. */
export async function claimDueStaffMessages(
  db: Db,
  size: number,
  leaseSeconds: number,
): Promise<ClaimedStaffMessage[]> {
  return returnedRows(
    await db.query(
      `UPDATE notifier.staff_deliveries d SET due_at = now() + make_interval(secs => $2), lease_token = gen_random_uuid()
         FROM (SELECT id FROM notifier.staff_deliveries WHERE status = 'scheduled' AND due_at <= now()
               ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
         WHERE d.id = due.id
         RETURNING d.id, d.person, d.channel, d.recipient, d.subject, d.body, d.attempts, d.age_from, d.lease_token`,
      [size, leaseSeconds],
    ),
  );
}

/** Written only while this sender still holds the lease. */
export async function recordStaffOutcome(
  db: Db,
  row: ClaimedStaffMessage,
  outcome: StaffDeliveryOutcome,
): Promise<void> {
  await db.query(
    `UPDATE notifier.staff_deliveries SET status = $3, attempts = $4, last_error = coalesce($5, last_error), lease_token = NULL,
         due_at = coalesce($6, due_at), sent_at = CASE WHEN $3 = 'sent' THEN now() END,
         failed_at = CASE WHEN $3 = 'failed' THEN now() END
       WHERE id = $1 AND lease_token = $2`,
    [
      row.id,
      row.lease_token,
      outcome.status,
      outcome.attempts,
      outcome.error?.slice(0, 2000) ?? null,
      outcome.retryAt ?? null,
    ],
  );
}
