import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { randomUUID } from 'node:crypto';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { firstOwner } from '../../persistence/department.store';
import { isErased } from '../../persistence/erased-complaint.store';
import { FOLLOW_UP_TIMER, FollowUpStore } from '../../persistence/follow-up.store';

/**
 * A low rating becomes a callback for the level-1 owner of customer service's chain, due when the notifier said (it
 * knows the customer's clock), with its deadline timer in the same transaction; once per complaint. The time zone and
 * contact window are kept with the follow-up until the callback is made. A phone in the event (older notifiers sent
 * one) is not kept: the console asks intake for the number when an owner opens the callback (ADR 0009).
 */
@Injectable()
export class RequestFollowUpService {
  constructor(
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
    private readonly timers: Timers,
    private readonly store: FollowUpStore,
  ) {}

  async execute(event: EventEnvelope<typeof EventType.FollowUpRequested>, tx: Transaction): Promise<void> {
    const erased = await isErased(tx.manager, event.data.complaintId);
    // The customer was erased meanwhile: the callback is still owed, but nothing that reaches or quotes them is kept.
    const { complaintId, rating, reason, comment, requestedAt, dueAt, timezone, contactWindow } = erased
      ? { ...event.data, comment: undefined, timezone: undefined, contactWindow: undefined }
      : event.data;
    const department = this.settings.followUpDepartment;
    const owner = await firstOwner(tx.manager, department);
    // Thrown, so the event waits in the dead letters until someone gives the department a chain and replays it.
    if (!owner) throw new Error(`follow-up department ${department} has no escalation chain (FOLLOW_UP_DEPARTMENT)`);
    const due = new Date(dueAt);
    const windowMs = Math.max(0, due.getTime() - Date.parse(requestedAt));
    const followUpId = await this.store.insert(tx.manager, {
      id: randomUUID(),
      complaintId,
      rating,
      reason: reason ?? null,
      comment: comment ?? null,
      department,
      owner,
      requestedAt: new Date(requestedAt),
      dueAt: due,
      windowMs,
      timezone: timezone ?? null,
      windowFrom: contactWindow?.from ?? null,
      windowTo: contactWindow?.to ?? null,
    });
    if (!followUpId) return;
    await this.timers.schedule(tx, {
      kind: FOLLOW_UP_TIMER,
      subjectId: followUpId,
      dueAt: due,
      payload: { level: owner.level },
    });
    // The owner is told (a staff notice): the notifier knows who asked, not who owes the callback.
    tx.emit({
      type: EventType.FollowUpAssigned,
      key: complaintId,
      correlationId: complaintId,
      data: {
        followUpId,
        complaintId,
        level: owner.level,
        owner: { id: owner.id, name: owner.name },
        dueAt: due.toISOString(),
      },
    });
  }
}
