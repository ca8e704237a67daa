import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { budgetThresholdsCrossed } from '../../domain/budget-thresholds';
import { personKey } from '../../domain/staff-preferences';
import { StaffNotices } from './staff-notices.service';

type Event<T extends EventType> = EventEnvelope<T>;

/** Who is told of which event: each consumer calls the rule of its event in the event's own transaction. */
@Injectable()
export class StaffNoticeRules {
  constructor(private readonly notices: StaffNotices) {}

  /** The owner an assignment was created for. */
  assignmentCreated(event: Event<typeof EventType.AssignmentCreated>, tx: Transaction) {
    const { data } = event;
    return this.notices.notify(tx, event.id, [personKey('owner', data.owner.id)], {
      kind: 'assignment-created',
      assignmentId: data.assignmentId,
      department: data.department,
      level: data.level,
      complaintCount: data.complaintCount,
      acknowledgeDueAt: data.acknowledgeDueAt,
      resolveDueAt: data.resolveDueAt,
    });
  }

  /** The next level up, to whom the assignment moved. */
  assignmentEscalated(event: Event<typeof EventType.AssignmentEscalated>, tx: Transaction) {
    const { data } = event;
    return this.notices.notify(tx, event.id, [personKey('owner', data.newOwner.id)], {
      kind: 'assignment-escalated',
      assignmentId: data.assignmentId,
      fromLevel: data.fromLevel,
      toLevel: data.toLevel,
      reason: data.reason,
      acknowledgeDueAt: data.acknowledgeDueAt,
      resolveDueAt: data.resolveDueAt,
    });
  }

  /** The owner, at each of SLA_WARNINGS. */
  deadlineApproaching(event: Event<typeof EventType.AssignmentDeadlineApproaching>, tx: Transaction) {
    const { data } = event;
    return this.notices.notify(tx, event.id, [personKey('owner', data.owner.id)], {
      kind: 'deadline-warning',
      assignmentId: data.assignmentId,
      level: data.level,
      deadline: data.deadline,
      percent: data.percent,
      dueAt: data.dueAt,
    });
  }

  /** The owner at the top of the chain (events published before they carried the owner tell nobody). */
  assignmentBreached(event: Event<typeof EventType.AssignmentBreached>, tx: Transaction) {
    const { data } = event;
    if (!data.owner) return Promise.resolve();
    return this.notices.notify(tx, event.id, [personKey('owner', data.owner.id)], {
      kind: 'deadline-breached',
      assignmentId: data.assignmentId,
      department: data.department,
      level: data.level,
      reason: data.reason,
      missedDueAt: data.missedDueAt,
    });
  }

  /** Customer service's owner who owes a callback: assigned to them, or escalated to them (or overdue at the top). */
  followUpAssigned(event: Event<typeof EventType.FollowUpAssigned>, tx: Transaction) {
    const { data } = event;
    return this.notices.notify(tx, event.id, [personKey('owner', data.owner.id)], {
      kind: 'callback-owed',
      followUpId: data.followUpId,
      level: data.level,
      dueAt: data.dueAt,
    });
  }

  followUpEscalated(event: Event<typeof EventType.FollowUpEscalated>, tx: Transaction) {
    const { data } = event;
    return this.notices.notify(tx, event.id, [personKey('owner', data.owner.id)], {
      kind: 'callback-owed',
      followUpId: data.followUpId,
      level: data.toLevel,
      fromLevel: data.fromLevel,
      dueAt: data.dueAt,
    });
  }

  /** The members who have not voted, when a review deadline is near. */
  reviewDeadlineApproaching(event: Event<typeof EventType.RootCauseReviewDeadlineApproaching>, tx: Transaction) {
    const { data } = event;
    return this.notices.notify(
      tx,
      event.id,
      data.nonVoters.map((id) => personKey('member', id)),
      {
        kind: 'review-deadline-approaching',
        rootCauseId: data.rootCauseId,
        category: data.category,
        touchpoint: data.touchpoint,
        reviewDueAt: data.reviewDueAt,
      },
    );
  }

  /** The chair, when the votes or the deadline decided without them (the event names the chair then). */
  rootCauseIdentified(event: Event<typeof EventType.RootCauseIdentified>, tx: Transaction) {
    const { data } = event;
    if (!data.chairId || data.decidedBy === 'chair') return Promise.resolve();
    return this.notices.notify(tx, event.id, [personKey('member', data.chairId)], {
      kind: 'root-cause-decided',
      rootCauseId: data.rootCauseId,
      cause: data.cause,
      department: data.department,
      decidedBy: data.decidedBy,
    });
  }

  /** Every supervisor in the directory, of a compensation the notifier itself sent to review (`cause`: that event). */
  async reviewRequired(
    cause: EventEnvelope<typeof EventType.CompensationReviewRequired>,
    compensationId: string,
    tx: Transaction,
  ) {
    const { data } = cause;
    await this.notices.notify(tx, cause.id, await this.notices.everyone(tx, 'supervisor'), {
      kind: 'review-item',
      compensationId,
      requested: data.requested,
      granted: data.granted,
      currency: data.currency,
      reason: data.reason,
    });
  }

  /**
   * Every supervisor, when a grant takes the period's budget to 80% or to 100% (or finds it exhausted): once per
   * period, currency and threshold, whichever grant gets there first.
   */
  async budgetUsed(
    tx: Transaction,
    budget: { period: string; currency: string; before: number; after: number; limit: number; exhausted: boolean },
  ) {
    const crossed = budgetThresholdsCrossed(budget);
    if (crossed.length === 0) return;
    const supervisors = await this.notices.everyone(tx, 'supervisor');
    for (const percent of crossed)
      await this.notices.notify(tx, stableId(`budget:${budget.period}:${budget.currency}:${percent}`), supervisors, {
        kind: 'budget-threshold',
        period: budget.period,
        percent,
        used: budget.after,
        limit: budget.limit,
        currency: budget.currency,
      });
  }

  /** Every committee member in the directory. */
  async rootCauseOpened(event: Event<typeof EventType.RootCauseOpened>, tx: Transaction) {
    const { data } = event;
    await this.notices.notify(tx, event.id, await this.notices.everyone(tx, 'member'), {
      kind: 'new-root-cause',
      rootCauseId: data.rootCauseId,
      category: data.category,
      touchpoint: data.touchpoint,
      suggestedDepartment: data.suggestedDepartment,
      suggestedCause: data.suggestedCause,
    });
  }
}

/** A UUID derived from `text`: the same threshold of the same budget period is one cause, whichever grant reaches it. */
function stableId(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
