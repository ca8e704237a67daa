import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerWorker } from '@redress/timers';
import { renderDigest } from '../../domain/staff-notice-texts';
import { queueStaffMessage, StaffContacts } from './staff-delivery-queue';
import { STAFF_DIGEST_TIMER, StaffNotices } from './staff-notices';

/** At most this many notices in one digest message; more wait for the next one. */
const DIGEST_MAX_NOTICES = 200;

/**
 * A person's digest: at the hour they chose, their held notices that waited for it go out as one message (oldest
 * first) and are marked queued in the same transaction, so a digest is sent once whatever the retries. Notices held for
 * a later hour keep waiting, and the timer is set for them.
 */
@Injectable()
export class StaffDigestHandler implements OnModuleInit {
  constructor(
    private readonly worker: TimerWorker,
    private readonly notices: StaffNotices,
  ) {}

  onModuleInit(): void {
    this.worker.handle(STAFF_DIGEST_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const person = timer.subjectId;
    const held: { id: string; subject: string; body: string; link: string }[] = await tx.manager.query(
      `SELECT id, subject, body, link FROM notifier.staff_notices
       WHERE person = $1 AND status = 'held' AND digest_due_at <= now() ORDER BY created_at, id LIMIT $2 FOR UPDATE`,
      // The database's clock, as the timer's: a JS Date drops the microseconds a stored instant may carry.
      [person, DIGEST_MAX_NOTICES],
    );
    if (held.length > 0) {
      const now = new Date();
      await tx.manager.query(
        `UPDATE notifier.staff_notices SET status = 'queued', queued_at = $2 WHERE id = ANY($1::uuid[])`,
        [held.map((notice) => notice.id), now],
      );
      const [contacts]: StaffContacts[] = await tx.manager.query(
        `SELECT person, email, chat_webhook FROM notifier.staff_profiles WHERE person = $1`,
        [person],
      );
      const digest = renderDigest(held);
      if (contacts) await queueStaffMessage(tx.manager, contacts, { ...digest, notices: held.length, now });
    }
    await this.notices.scheduleDigest(tx, person);
  }
}
