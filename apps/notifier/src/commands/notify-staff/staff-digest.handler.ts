import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerJob } from '@redress/timers';
import { renderDigest } from '../../domain/staff-notice-texts';
import { queueStaffMessage } from '../../persistence/staff-delivery.store';
import { lockDueHeldNotices, markNoticesQueued } from '../../persistence/staff-notice.store';
import { contactsOf } from '../../persistence/staff-profile.store';
import { STAFF_DIGEST_TIMER, StaffNotices } from './staff-notices.service';

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
    private readonly worker: TimerJob,
    private readonly notices: StaffNotices,
  ) {}

  onModuleInit(): void {
    this.worker.handle(STAFF_DIGEST_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const person = timer.subjectId;
    const held = await lockDueHeldNotices(tx.manager, person, DIGEST_MAX_NOTICES);
    if (held.length > 0) {
      const now = new Date();
      await markNoticesQueued(
        tx.manager,
        held.map((notice) => notice.id),
        now,
      );
      const contacts = await contactsOf(tx.manager, person);
      const digest = renderDigest(held);
      if (contacts) await queueStaffMessage(tx.manager, contacts, { ...digest, notices: held.length, now });
    }
    await this.notices.scheduleDigest(tx, person);
  }
}
