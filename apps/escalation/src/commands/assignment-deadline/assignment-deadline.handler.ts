import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, Timers, TimerSpec, TimerJob } from '@redress/timers';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { DeadlineOutcome, onDeadline } from '../../domain/assignment';
import { SlaPolicy, slaFor } from '../../domain/severity';
import { AssignmentStore, DEADLINE_TIMER, HistoryEntry, JudgedAssignment } from '../../persistence/assignment.store';
import { WARNING_TIMER, warningTimer } from '../warn-of-deadline/warning-timer';

/**
 * Fires assignment deadlines, many at a time: in the transaction that marks the timers fired it locks their
 * assignments, reads each department's chain as it is now, and applies the rules (escalate to the next level with
 * fresh deadlines and `assignment.escalated`, or at the top mark it breached, log it, announce `assignment.breached` and keep it there). A few
 * set-based statements cover the whole batch, so thousands of deadlines falling due in one second escalate within
 * it. An assignment acknowledged or resolved before its timer fired is left as it is.
 */
@Injectable()
export class AssignmentDeadlineHandler implements OnModuleInit {
  private readonly logger = new Logger(AssignmentDeadlineHandler.name);

  constructor(
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
    private readonly worker: TimerJob,
    private readonly timers: Timers,
    private readonly store: AssignmentStore,
  ) {}

  onModuleInit(): void {
    this.worker.handleBatch(DEADLINE_TIMER, (timers, tx) => this.fire(timers, tx));
  }

  async fire(timers: DueTimer[], tx: Transaction): Promise<void> {
    const { assignments, chains, policies } = await this.store.lockToJudge(
      tx.manager,
      timers.map((timer) => timer.subjectId),
      this.settings.severityLevels,
    );
    if (assignments.length === 0) return;
    // The database said these are due; a Node clock a little behind it must not find them early.
    const now = new Date(Math.max(Date.now(), ...timers.map((timer) => timer.dueAt.getTime())));
    const changes: JudgedAssignment[] = [];
    const history: HistoryEntry[] = [];
    const nextTimers: TimerSpec[] = [];
    const breaches: string[] = [];
    for (const assignment of assignments) {
      // A waiting assignment's clock is stopped; resuming schedules its deadline again.
      if (assignment.waitingSince) continue;
      const sla = slaFor(policies.get(assignment.department) as SlaPolicy, assignment.severity);
      const outcome: DeadlineOutcome = onDeadline(
        assignment,
        chains.get(assignment.department) ?? [],
        now,
        sla.levels,
        sla.calendar,
      );
      if (outcome.nextDueAt) {
        const level = outcome.kind === 'wait' ? assignment.level : outcome.state.level;
        nextTimers.push({
          kind: DEADLINE_TIMER,
          subjectId: assignment.id,
          dueAt: outcome.nextDueAt,
          payload: { level },
        });
      } else {
        // No deadline left (breached at the top, nothing after it): nothing left to warn of either.
        await this.timers.cancel(tx, WARNING_TIMER, assignment.id);
      }
      if (outcome.kind === 'wait') {
        changes.push({ assignment, state: assignment, nextDueAt: outcome.nextDueAt, levelChanged: false });
        continue;
      }
      changes.push({
        assignment,
        state: outcome.state,
        nextDueAt: outcome.nextDueAt,
        levelChanged: outcome.kind === 'escalate',
      });
      if (outcome.kind === 'escalate') {
        // The new level is warned of its own deadlines.
        const warning = warningTimer(
          assignment.id,
          outcome.to.level,
          { ...outcome.state, since: now },
          this.settings.warningPercents,
          sla.calendar,
          null,
          now,
        );
        if (warning) nextTimers.push(warning);
        history.push({
          assignmentId: assignment.id,
          at: now,
          event: 'escalated',
          level: outcome.to.level,
          ownerId: outcome.to.ownerId,
          reason: outcome.reason,
          acknowledgeDueAt: outcome.state.acknowledgeDueAt,
          resolveDueAt: outcome.state.resolveDueAt,
        });
        tx.emit({
          type: EventType.AssignmentEscalated,
          key: assignment.rootCauseId,
          correlationId: assignment.rootCauseId,
          data: {
            assignmentId: assignment.id,
            rootCauseId: assignment.rootCauseId,
            fromLevel: outcome.fromLevel,
            toLevel: outcome.to.level,
            newOwner: { id: outcome.to.ownerId, name: outcome.to.name },
            reason: outcome.reason,
            acknowledgeDueAt: outcome.state.acknowledgeDueAt.toISOString(),
            resolveDueAt: outcome.state.resolveDueAt.toISOString(),
          },
        });
      } else {
        history.push({
          assignmentId: assignment.id,
          at: now,
          event: 'breached',
          level: assignment.level,
          ownerId: assignment.ownerId,
          reason: outcome.reason,
        });
        // Whoever promised the customer a date learns it passed with nobody left to take over.
        tx.emit({
          type: EventType.AssignmentBreached,
          key: assignment.rootCauseId,
          correlationId: assignment.rootCauseId,
          data: {
            assignmentId: assignment.id,
            rootCauseId: assignment.rootCauseId,
            department: assignment.department,
            level: assignment.level,
            reason: outcome.reason,
            owner: {
              id: assignment.ownerId,
              name:
                chains.get(assignment.department)?.find((link) => link.ownerId === assignment.ownerId)?.name ??
                assignment.ownerId,
            },
            missedDueAt: (outcome.reason === 'resolve-overdue'
              ? assignment.resolveDueAt
              : assignment.acknowledgeDueAt
            ).toISOString(),
            breachedAt: now.toISOString(),
          },
        });
        breaches.push(
          `[${assignment.rootCauseId}] assignment ${assignment.id} of ${assignment.department} breached (${outcome.reason}) at level ${assignment.level}, the top of the chain; it stays with its owner`,
        );
      }
    }
    await this.store.saveJudged(tx.manager, changes, now);
    await this.store.addHistory(tx.manager, history);
    await this.timers.scheduleMany(tx, nextTimers);
    for (const line of breaches.slice(0, 20)) this.logger.warn(line);
    if (breaches.length > 20)
      this.logger.warn(
        `... and ${breaches.length - 20} more breaches in this batch (GET /assignments/overdue lists them)`,
      );
  }
}
