import { Inject, Injectable } from '@nestjs/common';
import { EventType, OwnerRef } from '@redress/contracts';
import { Transaction, UnitOfWork } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { Owner } from '../../auth/escalation-principal.guard';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { nextDueAt } from '../../domain/assignment';
import { requireWaiting, resumedLevelStart, resumedState, startWaiting } from '../../domain/pause';
import { slaFor } from '../../domain/severity';
import { AssignmentStore, AssignmentView, DEADLINE_TIMER, LockedAssignment } from '../../persistence/assignment.store';
import { readSlaPolicy } from '../../persistence/department.store';
import { WARNING_TIMER, warningTimer } from '../warn-of-deadline/warning-timer';
import { httpErrorOf, notFound } from '../assignment-action';
import { AUTO_RESUME_TIMER } from './pause-timers';
import { WaitOnPartyRequest } from './wait-on-party.request.dto';

/**
 * Pausing: the owner (or someone above) stops the assignment's clock while an outside party holds things up, and
 * starts it again; a pause ends by itself once all pauses reach ESCALATION_MAX_PAUSE. While it waits, its deadline and
 * warning timers are cancelled. On resume both deadlines move on by the working time paused, and so does the start
 * the level's warnings count from, so the deadline timer and the warning timer are both scheduled again.
 */
@Injectable()
export class PauseAssignmentService {
  constructor(
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
    private readonly unitOfWork: UnitOfWork,
    private readonly store: AssignmentStore,
    private readonly timers: Timers,
  ) {}

  async wait(owner: Owner, assignmentId: string, request: WaitOnPartyRequest): Promise<AssignmentView> {
    return this.act(owner, assignmentId, async (tx, assignment) => {
      const now = new Date();
      const endsAt = startWaiting(
        assignment,
        assignment,
        { ownerId: owner.id, level: owner.level },
        now,
        this.settings.maxPauseMs,
      );
      await this.store.markWaiting(tx.manager, assignmentId, request.waitingOn, request.reason, now);
      await this.store.addHistory(tx.manager, [
        {
          assignmentId,
          at: now,
          event: 'waiting',
          level: assignment.level,
          ownerId: owner.id,
          reason: `${request.waitingOn}: ${request.reason}`,
        },
      ]);
      // The clock is stopped: nothing falls due until the resume schedules it again.
      await this.timers.cancel(tx, DEADLINE_TIMER, assignmentId);
      await this.timers.cancel(tx, WARNING_TIMER, assignmentId);
      await this.timers.schedule(tx, { kind: AUTO_RESUME_TIMER, subjectId: assignmentId, dueAt: endsAt });
      const holder = await this.holderOf(tx, assignmentId);
      tx.emit({
        type: EventType.AssignmentPaused,
        key: assignment.rootCauseId,
        correlationId: assignment.rootCauseId,
        data: {
          assignmentId,
          rootCauseId: assignment.rootCauseId,
          department: assignment.department,
          level: assignment.level,
          owner: holder,
          pausedBy: { id: owner.id, name: owner.name },
          waitingOn: request.waitingOn,
          reason: request.reason,
          pausedAt: now.toISOString(),
          resumesBy: endsAt.toISOString(),
        },
      });
    });
  }

  async resume(owner: Owner, assignmentId: string): Promise<AssignmentView> {
    return this.act(owner, assignmentId, async (tx, assignment) => {
      const waitingSince = requireWaiting(assignment, assignment, { ownerId: owner.id, level: owner.level });
      await this.timers.cancel(tx, AUTO_RESUME_TIMER, assignmentId);
      await this.restart(tx, assignment, waitingSince, { id: owner.id, name: owner.name }, null, new Date());
    });
  }

  /**
   * Starts the clock of a waiting assignment again (`by`: who resumed it, null when the pause ended by itself;
   * `reason`: why, for the history): moves its deadlines and its warnings' start on by the working time paused, adds
   * the pause to its total, schedules its deadline and warning timers from the moved deadlines, and announces
   * `assignment.resumed` with them in the same transaction.
   */
  async restart(
    tx: Transaction,
    assignment: LockedAssignment,
    waitingSince: Date,
    by: OwnerRef | null,
    reason: string | null,
    now: Date,
  ): Promise<void> {
    const holder = await this.holderOf(tx, assignment.id);
    const resumedBy = by ?? holder;
    const policy = await readSlaPolicy(tx.manager, assignment.department, this.settings.severityLevels);
    const { calendar } = slaFor(policy, assignment.severity);
    const resumed = resumedState(assignment, waitingSince, now, calendar);
    const since = resumedLevelStart(assignment.levelSince, waitingSince, now, calendar);
    const due = nextDueAt(resumed);
    await this.store.markResumed(
      tx.manager,
      assignment.id,
      {
        acknowledgeDueAt: resumed.acknowledgeDueAt,
        resolveDueAt: resumed.resolveDueAt,
        nextDueAt: due,
        levelSince: since,
        pausedMs: Math.max(0, now.getTime() - waitingSince.getTime()),
      },
      now,
    );
    await this.store.addHistory(tx.manager, [
      {
        assignmentId: assignment.id,
        at: now,
        event: 'resumed',
        level: assignment.level,
        ownerId: resumedBy.id,
        reason,
        acknowledgeDueAt: resumed.acknowledgeDueAt,
        resolveDueAt: resumed.resolveDueAt,
      },
    ]);
    if (due)
      await this.timers.schedule(tx, {
        kind: DEADLINE_TIMER,
        subjectId: assignment.id,
        dueAt: due,
        payload: { level: assignment.level },
      });
    const warning = warningTimer(
      assignment.id,
      assignment.level,
      { ...resumed, since },
      this.settings.warningPercents,
      calendar,
      null,
      now,
    );
    if (warning) await this.timers.schedule(tx, warning);
    tx.emit({
      type: EventType.AssignmentResumed,
      key: assignment.rootCauseId,
      correlationId: assignment.rootCauseId,
      data: {
        assignmentId: assignment.id,
        rootCauseId: assignment.rootCauseId,
        department: assignment.department,
        level: assignment.level,
        owner: holder,
        resumedBy,
        automatic: by === null,
        pausedAt: waitingSince.toISOString(),
        resumedAt: now.toISOString(),
        acknowledgeDueAt: resumed.acknowledgeDueAt.toISOString(),
        resolveDueAt: resumed.resolveDueAt.toISOString(),
      },
    });
  }

  /** The owner of the level that has the assignment, as events name people. */
  private async holderOf(tx: Transaction, assignmentId: string): Promise<OwnerRef> {
    const view = (await this.store.view(tx.manager, assignmentId, null)) as AssignmentView;
    return view.owner;
  }

  private async act(
    owner: Owner,
    assignmentId: string,
    change: (tx: Transaction, assignment: LockedAssignment) => Promise<void>,
  ): Promise<AssignmentView> {
    try {
      return await this.unitOfWork.run(async (tx) => {
        const assignment = await this.store.lockForAction(tx, assignmentId, owner.department);
        if (!assignment) throw notFound(assignmentId);
        await change(tx, assignment);
        return (await this.store.view(tx.manager, assignmentId, owner.department)) as AssignmentView;
      });
    } catch (error) {
      throw httpErrorOf(error);
    }
  }
}
