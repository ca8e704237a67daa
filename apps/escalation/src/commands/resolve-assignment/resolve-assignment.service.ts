import { Injectable } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { InvalidRequestException } from '@redress/platform';
import { Timers } from '@redress/timers';
import { Owner } from '../../auth/escalation-principal.guard';
import { resolve } from '../../domain/assignment';
import { checkDeliverables, Resolution } from '../../domain/deliverables';
import { AssignmentStore, AssignmentView, DEADLINE_TIMER } from '../../persistence/assignment.store';
import { WARNING_TIMER } from '../warn-of-deadline/warning-timer';
import { httpErrorOf, notFound } from '../assignment-action';

/**
 * The owner hands in the measures taken, the report on the causes and the proposal to eliminate them: the
 * assignment is resolved, its deadline timer cancelled, and `rootcause.resolved` commits with it, carrying the count
 * of complaints linked to the root cause (including those linked after the assignment), never their ids.
 */
@Injectable()
export class ResolveAssignmentService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: AssignmentStore,
    private readonly timers: Timers,
  ) {}

  async execute(owner: Owner, assignmentId: string, request: Resolution): Promise<AssignmentView> {
    const problems = checkDeliverables(request);
    if (problems.length > 0) throw new InvalidRequestException(problems);
    const deliverables = {
      actionsTaken: request.actionsTaken.trim(),
      causeReport: request.causeReport.trim(),
      eliminationProposal: request.eliminationProposal.trim(),
    };
    const customerSummary = request.customerSummary?.trim();
    try {
      return await this.unitOfWork.run(async (tx) => {
        const assignment = await this.store.lockForAction(tx, assignmentId, owner.department);
        if (!assignment) throw notFound(assignmentId);
        resolve(assignment, { ownerId: owner.id, level: owner.level });
        const now = new Date();
        await this.store.markResolved(
          tx.manager,
          assignmentId,
          owner.id,
          { ...deliverables, customerSummary: customerSummary ?? null },
          now,
        );
        await this.store.addHistory(tx.manager, [
          { assignmentId, at: now, event: 'resolved', level: assignment.level, ownerId: owner.id },
        ]);
        await this.timers.cancel(tx, DEADLINE_TIMER, assignmentId);
        await this.timers.cancel(tx, WARNING_TIMER, assignmentId);
        const view = (await this.store.view(tx.manager, assignmentId, owner.department)) as AssignmentView;
        tx.emit({
          type: EventType.RootCauseResolved,
          key: assignment.rootCauseId,
          correlationId: assignment.rootCauseId,
          data: {
            rootCauseId: assignment.rootCauseId,
            assignmentId,
            ...deliverables,
            ...(customerSummary ? { customerSummary } : {}),
            owner: { id: owner.id, name: owner.name },
            complaintCount: view.complaintCount,
            resolvedAt: now.toISOString(),
          },
        });
        return view;
      });
    } catch (error) {
      throw httpErrorOf(error);
    }
  }
}
