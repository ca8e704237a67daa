import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerWorker } from '@redress/timers';
import { REVIEW_DEADLINE_TIMER, REVIEW_REMINDER_TIMER } from './root-cause-review';

/** The roster's bound: an event never carries more member ids than this. */
const MAX_NON_VOTERS = 100;

/**
 * COMMITTEE_REVIEW_REMINDER into a review, announces `rootcause.review-deadline-approaching` naming the members who
 * have not voted yet (the notifier tells them). A root cause decided, merged or resolved meanwhile, or one everybody
 * voted on, is left alone. The event and the timer's mark commit together: one reminder per review.
 */
@Injectable()
export class ReviewReminderHandler implements OnModuleInit {
  constructor(private readonly worker: TimerWorker) {}

  onModuleInit(): void {
    this.worker.handle(REVIEW_REMINDER_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const [rootCause]: { id: string; category: string; touchpoint: string; review_due_at: Date }[] =
      await tx.manager.query(
        `SELECT r.id, r.category, r.touchpoint, t.due_at AS review_due_at
         FROM triage.root_causes r JOIN triage.timers t ON t.subject_id = r.id::text AND t.kind = $2 AND t.status = 'pending'
         WHERE r.id = $1 AND r.status = 'under-review'`,
        [timer.subjectId, REVIEW_DEADLINE_TIMER],
      );
    if (!rootCause) return;
    const nonVoters: { id: string }[] = await tx.manager.query(
      `SELECT m.id FROM triage.committee_members m
       WHERE m.removed_at IS NULL AND NOT EXISTS (SELECT 1 FROM triage.votes v WHERE v.root_cause_id = $1 AND v.member_id = m.id)
       ORDER BY m.id LIMIT $2`,
      [rootCause.id, MAX_NON_VOTERS],
    );
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
