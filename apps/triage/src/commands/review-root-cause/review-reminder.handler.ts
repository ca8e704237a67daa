import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerJob } from '@redress/timers';
import { membersWithoutVote } from '../../persistence/committee.store';
import { underReviewWithDeadline } from '../../persistence/root-cause.store';
import { REVIEW_DEADLINE_TIMER, REVIEW_REMINDER_TIMER } from './root-cause-review.service';

/** The roster's bound: an event never carries more member ids than this. */
const MAX_NON_VOTERS = 100;

/**
 * COMMITTEE_REVIEW_REMINDER into a review, announces `rootcause.review-deadline-approaching` naming the members who
 * have not voted yet (the notifier tells them). A root cause decided, merged or resolved meanwhile, or one everybody
 * voted on, is left alone. The event and the timer's mark commit together: one reminder per review.
 */
@Injectable()
export class ReviewReminderHandler implements OnModuleInit {
  constructor(private readonly worker: TimerJob) {}

  onModuleInit(): void {
    this.worker.handle(REVIEW_REMINDER_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const rootCause = await underReviewWithDeadline(tx.manager, timer.subjectId, REVIEW_DEADLINE_TIMER);
    if (!rootCause) return;
    const nonVoters = await membersWithoutVote(tx.manager, rootCause.id, MAX_NON_VOTERS);
    if (nonVoters.length === 0) return;
    tx.emit({
      type: EventType.RootCauseReviewDeadlineApproaching,
      key: rootCause.id,
      correlationId: rootCause.id,
      data: {
        rootCauseId: rootCause.id,
        category: rootCause.category,
        touchpoint: rootCause.touchpoint,
        reviewDueAt: rootCause.review_due_at.toISOString(),
        nonVoters: nonVoters.map((member) => String(member.id)),
      },
    });
  }
}
