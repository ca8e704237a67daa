import { Injectable } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { Owner } from '../../auth/escalation-principal.guard';
import { acknowledge, nextDueAt } from '../../domain/assignment';
import { AssignmentStore, AssignmentView, DEADLINE_TIMER } from '../../persistence/assignment.store';
import { WARNING_TIMER } from '../warn-of-deadline/warning-timer';
import { httpErrorOf, notFound } from '../assignment-action';

/**
 * The owner (or someone above them in the chain) takes the assignment on: the acknowledgement deadline stops, the
 * timer moves to the resolution deadline, and `assignment.acknowledged` commits with it. Racing the deadline, the
 * one that locks first wins (see `AssignmentStore.lockForAction`): an acknowledgement that loses finds the
 * assignment escalated and gets a 403 or 409.
 */
@Injectable()
export class AcknowledgeAssignmentService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: AssignmentStore,
    private readonly timers: Timers,
  ) {}

  async execute(owner: Owner, assignmentId: string): Promise<AssignmentView> {
    try {
      return await this.unitOfWork.run(async (tx) => {
        const assignment = await this.store.lockForAction(tx, assignmentId, owner.department);
        if (!assignment) throw notFound(assignmentId);
        const acknowledged = acknowledge(assignment, { ownerId: owner.id, level: owner.level });
        if (acknowledged) {
          const now = new Date();
          const due = nextDueAt(acknowledged);
          await this.store.markAcknowledged(tx.manager, assignmentId, owner.id, due, now);
          await this.store.addHistory(tx.manager, [
            { assignmentId, at: now, event: 'acknowledged', level: assignment.level, ownerId: owner.id },
          ]);
          if (due)
            await this.timers.schedule(tx, {
              kind: DEADLINE_TIMER,
              subjectId: assignmentId,
              dueAt: due,
              payload: { level: assignment.level },
            });
          else {
            await this.timers.cancel(tx, DEADLINE_TIMER, assignmentId);
            // No deadline left to warn of (the resolve deadline already passed at the top of the chain).
            await this.timers.cancel(tx, WARNING_TIMER, assignmentId);
          }
          tx.emit({
            type: EventType.AssignmentAcknowledged,
            key: assignment.rootCauseId,
            correlationId: assignment.rootCauseId,
            data: {
              assignmentId,
              rootCauseId: assignment.rootCauseId,
              owner: { id: owner.id, name: owner.name },
              at: now.toISOString(),
            },
          });
        }
        return (await this.store.view(tx.manager, assignmentId, owner.department)) as AssignmentView;
      });
    } catch (error) {
      throw httpErrorOf(error);
    }
  }
}
