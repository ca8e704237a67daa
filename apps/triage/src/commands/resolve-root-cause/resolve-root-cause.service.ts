import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { resolveRootCause } from '../../persistence/root-cause.store';
import { REVIEW_DEADLINE_TIMER } from '../review-root-cause/root-cause-review.service';

/**
 * Records that the owner removed the cause: the root cause leaves the open ones (a new complaint of its category and
 * touchpoint opens a new root cause) and counts as resolved in the trends.
 */
@Injectable()
export class ResolveRootCauseService {
  private readonly logger = new Logger(ResolveRootCauseService.name);

  constructor(private readonly timers: Timers) {}

  async execute(event: EventEnvelope<typeof EventType.RootCauseResolved>, tx: Transaction): Promise<void> {
    const { rootCauseId, resolvedAt } = event.data;
    if (!(await resolveRootCause(tx.manager, rootCauseId, resolvedAt))) {
      this.logger.warn(`[${rootCauseId}] rootcause.resolved for a root cause that is not open here; nothing to change`);
      return;
    }
    await this.timers.cancel(tx, REVIEW_DEADLINE_TIMER, rootCauseId);
  }
}
