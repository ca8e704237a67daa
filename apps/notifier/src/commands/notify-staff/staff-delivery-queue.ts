import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

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
