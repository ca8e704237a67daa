import { EntityManager } from 'typeorm';
import { ChannelMessage } from '../../persistence/channel-message';

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
