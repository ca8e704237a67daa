import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { randomUUID } from 'node:crypto';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { FOLLOW_UP_TIMER } from '../../persistence/follow-up-store';

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
  ) {}

  async execute(event: EventEnvelope<typeof EventType.FollowUpRequested>, tx: Transaction): Promise<void> {
    const erased = await isErased(tx, event.data.complaintId);
    // The customer was erased meanwhile: the callback is still owed, but nothing that reaches or quotes them is kept.
    const { complaintId, rating, reason, comment, requestedAt, dueAt, timezone, contactWindow } = erased
      ? { ...event.data, comment: undefined, timezone: undefined, contactWindow: undefined }
      : event.data;
    const department = this.settings.followUpDepartment;
    const [owner]: { id: string; level: number }[] = await tx.manager.query(
      `SELECT id, level FROM escalation.owners WHERE department_id = $1 AND removed_at IS NULL ORDER BY level LIMIT 1`,
      [department],
    );
    // Thrown, so the event waits in the dead letters until someone gives the department a chain and replays it.
    if (!owner) throw new Error(`follow-up department ${department} has no escalation chain (FOLLOW_UP_DEPARTMENT)`);
    const due = new Date(dueAt);
    const windowMs = Math.max(0, due.getTime() - Date.parse(requestedAt));
    const created: { id: string }[] = await tx.manager.query(
      `INSERT INTO escalation.follow_ups (id, complaint_id, rating, reason, comment, department_id, level, owner_id, status, requested_at, due_at, window_ms,
         timezone, window_from, window_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10, $11, $12, $13, $14) ON CONFLICT (complaint_id) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        complaintId,
        rating,
        reason ?? null,
        comment ?? null,
        department,
        owner.level,
        owner.id,
        new Date(requestedAt),
        due,
        windowMs,
        timezone ?? null,
        contactWindow?.from ?? null,
        contactWindow?.to ?? null,
      ],
    );
    if (created.length === 0) return;
    await this.timers.schedule(tx, {
      kind: FOLLOW_UP_TIMER,
      subjectId: created[0].id,
      dueAt: due,
      payload: { level: owner.level },
    });
  }
}

async function isErased(tx: Transaction, complaintId: string): Promise<boolean> {
  const rows = await tx.manager.query(`SELECT FROM escalation.erased_complaints WHERE complaint_id = $1`, [
    complaintId,
  ]);
  return rows.length > 0;
}
