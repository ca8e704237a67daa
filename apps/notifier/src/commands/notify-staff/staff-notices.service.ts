import { Inject, Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { randomUUID } from 'node:crypto';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { nextDigestAt } from '../../domain/digest-time';
import { NoticeFacts, renderNotice } from '../../domain/staff-notice-texts';
import { preferenceFor } from '../../domain/staff-preferences';
import { queueStaffMessage } from '../../persistence/staff-delivery.store';
import { earliestHeldDigest, insertStaffNotice } from '../../persistence/staff-notice.store';
import { NoticeProfile, noticeProfilesOf, personsWithRole } from '../../persistence/staff-profile.store';
import { StaffDeliveryJob } from './staff-delivery.job';

/** Gathers a person's held notices into one message at the hour they chose (subject: the person key). */
export const STAFF_DIGEST_TIMER = 'notifier.staff-digest';

/**
 * Tells staff of work waiting for them, in the transaction of the event that calls for it: one notice per person,
 * kind and causing event (a redelivered event finds its notices there and writes nothing). A notice the person takes
 * at once is queued for delivery by email and chat webhook, whichever their profile has; one they take in a digest is
 * held, and the person's digest timer is set to the earliest hour one of their held notices waits for. A person with
 * no profile yet still gets the notice in their list (GET /notices/mine), with nothing sent.
 */
@Injectable()
export class StaffNotices {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly timers: Timers,
    private readonly worker: StaffDeliveryJob,
  ) {}

  async notify(tx: Transaction, causeEventId: string, persons: string[], facts: NoticeFacts, now = new Date()) {
    if (persons.length === 0) return;
    const profiles = await this.profiles(tx, persons);
    for (const person of new Set(persons)) {
      const profile = profiles.get(person);
      const timeZone = profile?.time_zone ?? this.settings.defaultTimezone;
      const preference = preferenceFor(profile?.preferences ?? {}, facts.kind);
      const text = renderNotice(facts, this.settings.staff.consoleUrl, timeZone);
      const digestDueAt = preference.delivery === 'digest' ? nextDigestAt(now, preference.hour, timeZone) : null;
      const inserted = await insertStaffNotice(tx.manager, {
        id: randomUUID(),
        person,
        kind: facts.kind,
        causeEventId,
        subject: text.subject,
        body: text.body,
        link: text.link,
        delivery: preference.delivery,
        status: digestDueAt ? 'held' : 'queued',
        digestDueAt,
        now,
      });
      if (!inserted || !profile) continue;
      if (digestDueAt) await this.scheduleDigest(tx, person);
      else if (
        await queueStaffMessage(tx.manager, profile, {
          subject: text.subject,
          body: `${text.body}\n\n${text.link}`,
          notices: 1,
          now,
        })
      )
        tx.afterCommit(() => this.worker.wake());
    }
  }

  /** Everyone in the directory with `role` (committee members for a new root cause, supervisors ...). */
  async everyone(tx: Transaction, role: string): Promise<string[]> {
    return personsWithRole(tx.manager, role);
  }

  /**
   * The person's digest timer, due at the earliest hour any of their held notices waits for; written at the commit,
   * once per person however many notices a batch held for them.
   */
  async scheduleDigest(tx: Transaction, person: string): Promise<void> {
    const due = await earliestHeldDigest(tx.manager, person);
    if (due) this.timers.scheduleAtCommit(tx, { kind: STAFF_DIGEST_TIMER, subjectId: person, dueAt: due });
  }

  private async profiles(tx: Transaction, persons: string[]): Promise<Map<string, NoticeProfile>> {
    const rows = await noticeProfilesOf(tx.manager, persons);
    return new Map(rows.map((row) => [row.person, row]));
  }
}
