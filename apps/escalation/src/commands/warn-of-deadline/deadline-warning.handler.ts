import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, Timers, TimerSpec, TimerJob } from '@redress/timers';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { DeadlineWarning, WarnedLevel } from '../../domain/deadline-warnings';
import { SlaPolicy, slaFor } from '../../domain/severity';
import { AssignmentStore } from '../../persistence/assignment.store';
import { WARNING_TIMER, warningTimer, WarningPayload } from './warning-timer';

/**
 * Fires deadline warnings (SLA_WARNINGS percent of each deadline, in the department's working time), many at a time:
 * for each, if the assignment is still at that level, not waiting, and the deadline is still the one warned of and
 * still to be met, it announces `assignment.deadline-approaching` for the owner; then it schedules the level's next
 * warning. A warning gone stale (the owner acknowledged, the assignment escalated or its deadline moved) is dropped
 * and the level's next warning still ahead is scheduled instead. Each warning is announced once: the timer's mark and
 * the event commit together.
 */
@Injectable()
export class DeadlineWarningHandler implements OnModuleInit {
  constructor(
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
    private readonly worker: TimerJob,
    private readonly timers: Timers,
    private readonly store: AssignmentStore,
  ) {}

  onModuleInit(): void {
    this.worker.handleBatch(WARNING_TIMER, (timers, tx) => this.fire(timers, tx));
  }

  async fire(timers: DueTimer[], tx: Transaction): Promise<void> {
    const { assignments, chains, policies } = await this.store.lockToJudge(
      tx.manager,
      timers.map((timer) => timer.subjectId),
      this.settings.severityLevels,
    );
    if (assignments.length === 0) return;
    const byId = new Map(timers.map((timer) => [timer.subjectId, timer.payload as unknown as WarningPayload]));
    const now = new Date(Math.max(Date.now(), ...timers.map((timer) => timer.dueAt.getTime())));
    const next: TimerSpec[] = [];
    for (const assignment of assignments) {
      const payload = byId.get(assignment.id) as WarningPayload;
      // A waiting assignment's clock is stopped; resuming schedules its deadlines and warnings again.
      if (assignment.waitingSince) continue;
      const sla = slaFor(policies.get(assignment.department) as SlaPolicy, assignment.severity);
      const level: WarnedLevel = { ...assignment, since: assignment.levelSince };
      const dueAt = payload.deadline === 'acknowledge' ? assignment.acknowledgeDueAt : assignment.resolveDueAt;
      const current =
        payload.level === assignment.level &&
        dueAt.toISOString() === payload.dueAt &&
        dueAt > now &&
        (payload.deadline === 'acknowledge' ? assignment.status === 'open' : assignment.status !== 'resolved');
      const warning: DeadlineWarning = {
        deadline: payload.deadline,
        percent: payload.percent,
        at: new Date(payload.at),
      };
      if (current) {
        const owner = chains.get(assignment.department)?.find((link) => link.ownerId === assignment.ownerId);
        tx.emit({
          type: EventType.AssignmentDeadlineApproaching,
          key: assignment.rootCauseId,
          correlationId: assignment.rootCauseId,
          data: {
            assignmentId: assignment.id,
            rootCauseId: assignment.rootCauseId,
            department: assignment.department,
            level: assignment.level,
            owner: { id: assignment.ownerId, name: owner?.name ?? assignment.ownerId },
            deadline: payload.deadline,
            percent: payload.percent,
            dueAt: dueAt.toISOString(),
          },
        });
      }
      const timer = warningTimer(
        assignment.id,
        assignment.level,
        level,
        this.settings.warningPercents,
        sla.calendar,
        current ? warning : null,
        now,
      );
      if (timer) next.push(timer);
    }
    await this.timers.scheduleMany(tx, next);
  }
}
