import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { deadlinesFrom } from '../../domain/deadlines';

/** Hands an identified root cause to the level-1 owner of its department, once per root cause. */
@Injectable()
export class CreateAssignmentService {
  constructor(@Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings) {}

  async execute(event: EventEnvelope<typeof EventType.RootCauseIdentified>, tx: Transaction): Promise<void> {
    const { rootCauseId, department, cause, complaintCount } = event.data;
    const [owner]: { id: string; name: string }[] = await tx.manager.query(
      `SELECT id, name FROM escalation.owners WHERE department_id = $1 ORDER BY level LIMIT 1`,
      [department],
    );
    if (!owner) throw new Error(`department ${department} has no escalation chain`);
    const now = new Date();
    const due = deadlinesFrom(now, this.settings.serviceLevels);
    const created: { id: string }[] = await tx.manager.query(
      `INSERT INTO escalation.assignments (id, root_cause_id, department_id, level, owner_id, status, cause, complaint_count,
         acknowledge_due_at, resolve_due_at, created_at)
       VALUES ($1, $2, $3, 1, $4, 'open', $5, $6, $7, $8, $9)
       ON CONFLICT (root_cause_id) DO NOTHING RETURNING id`,
      [randomUUID(), rootCauseId, department, owner.id, cause, complaintCount, due.acknowledgeDueAt, due.resolveDueAt, now],
    );
    if (created.length === 0) return;
    tx.emit({
      type: EventType.AssignmentCreated,
      key: rootCauseId,
      data: {
        assignmentId: created[0].id,
        rootCauseId,
        department,
        owner,
        level: 1,
        acknowledgeDueAt: due.acknowledgeDueAt.toISOString(),
        resolveDueAt: due.resolveDueAt.toISOString(),
        complaintCount,
      },
    });
  }
}
