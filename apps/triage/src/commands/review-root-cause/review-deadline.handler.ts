import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerJob } from '@redress/timers';
import { decideAtDeadline } from '../../domain/committee-review';
import { rootCauseExists } from '../../persistence/root-cause.store';
import { REVIEW_DEADLINE_TIMER, RootCauseReview } from './root-cause-review.service';

/**
 * Ends a review at its deadline: the chair's vote wins, else the majority of the votes so far, else the rule's
 * suggestion (decidedBy `timeout`). Runs in the transaction that marks the timer fired; a root cause decided or merged
 * meanwhile is left as it is.
 */
@Injectable()
export class ReviewDeadlineHandler implements OnModuleInit {
  private readonly logger = new Logger(ReviewDeadlineHandler.name);

  constructor(
    private readonly worker: TimerJob,
    private readonly review: RootCauseReview,
  ) {}

  onModuleInit(): void {
    this.worker.handle(REVIEW_DEADLINE_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    if (!(await rootCauseExists(tx.manager, timer.subjectId))) return;
    const locked = await this.review.lock(tx, timer.subjectId);
    if (locked.status !== 'under-review') return;
    const votes = await this.review.votes(tx, locked.id);
    const decision = decideAtDeadline(votes, await this.review.chairId(tx), {
      cause: locked.suggestedCause,
      department: locked.suggestedDepartment,
    });
    const identified = await this.review.identify(tx, locked.id, decision, votes);
    if (identified) {
      this.logger.log(
        `[${locked.id}] review deadline: identified for ${identified.department} from ${votes.length} vote(s)`,
      );
    }
  }
}
