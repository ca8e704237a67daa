import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { randomUUID } from 'node:crypto';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { nextDueAt } from '../../domain/assignment';
import { deadlinesFrom } from '../../domain/deadlines';
import { slaFor } from '../../domain/severity';
import { AssignmentStore, DEADLINE_TIMER } from '../../persistence/assignment.store';
import { firstOwner, readSlaPolicy } from '../../persistence/department.store';
import { warningTimer } from '../warn-of-deadline/warning-timer';

/**
 * Hands an identified root cause to the level-1 owner of its department, once per root cause (a redelivered or
 * repeated `rootcause.identified` finds the assignment there and changes nothing), with its deadline timer committed
 * in the same transaction. The deadlines are the department's for the root cause's severity, in its working time.
 */
@Injectable()
export class CreateAssignmentService {
  constructor(
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
    private readonly timers: Timers,
    private readonly store: AssignmentStore,
  ) {}

  async execute(event: EventEnvelope<typeof EventType.RootCauseIdentified>, tx: Transaction): Promise<void> {
    const { rootCauseId, department, cause, complaintCount } = event.data;
    const severity = event.data.severity ?? 'normal';
    const owner = await firstOwner(tx.manager, department);
    if (!owner) throw new Error(`department ${department} has no escalation chain`);
    const now = new Date();
    const sla = slaFor(await readSlaPolicy(tx.manager, department, this.settings.severityLevels), severity);
    const due = deadlinesFrom(now, sla.levels, sla.calendar);
    const firstDue = nextDueAt({
      status: 'open',
      level: owner.level,
      ownerId: owner.id,
      ...due,
      breachedAt: null,
      breachReason: null,
    }) as Date;
    const assignmentId = await this.store.insert(
      tx.manager,
      {
        id: randomUUID(),
        rootCauseId,
        department,
        owner,
        cause,
        complaintCount,
        ...due,
        nextDueAt: firstDue,
        severity,
      },
      now,
    );
    if (!assignmentId) return;
    await this.store.addHistory(tx.manager, [
      { assignmentId, at: now, event: 'created', level: owner.level, ownerId: owner.id, ...due },
    ]);
    await this.timers.schedule(tx, {
      kind: DEADLINE_TIMER,
      subjectId: assignmentId,
      dueAt: firstDue,
      payload: { level: owner.level },
    });
    const warning = warningTimer(
      assignmentId,
      owner.level,
      { status: 'open', since: now, ...due },
      this.settings.warningPercents,
      sla.calendar,
      null,
      now,
    );
    if (warning) await this.timers.schedule(tx, warning);
    tx.emit({
      type: EventType.AssignmentCreated,
      key: rootCauseId,
      correlationId: rootCauseId,
      data: {
        assignmentId,
        rootCauseId,
        department,
        owner: { id: owner.id, name: owner.name },
        level: owner.level,
        acknowledgeDueAt: due.acknowledgeDueAt.toISOString(),
        resolveDueAt: due.resolveDueAt.toISOString(),
        complaintCount,
      },
    });
  }
}
