import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerJob, Timers } from '@redress/timers';
import { lockLinksOf, relinkComplaints } from '../../persistence/complaint-link.store';
import { addToCounts, endOfMergeChain, takeFromCounts } from '../../persistence/root-cause.store';
import { MERGE_RELINK_TIMER, RootCauseReview } from '../review-root-cause/root-cause-review.service';

/** Complaints moved per transaction: bounded, so a root cause of 100,000 complaints merges in many small steps. */
export const MERGE_BATCH_SIZE = 500;

/**
 * Moves one batch of a merged root cause's complaints to the root cause that absorbed it, with a
 * `rootcause.complaint-linked` for each, then schedules itself again until none is left. If the absorbing root cause
 * was itself merged meanwhile, the complaints go on to the one that absorbed it.
 */
@Injectable()
export class MergeRelinkHandler implements OnModuleInit {
  constructor(
    private readonly worker: TimerJob,
    private readonly timers: Timers,
    private readonly review: RootCauseReview,
  ) {}

  onModuleInit(): void {
    this.worker.handle(MERGE_RELINK_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const absorbedId = timer.subjectId;
    const intoId = await this.finalTarget(tx, String(timer.payload.intoRootCauseId));
    const [, target] = await this.review.lockPair(tx, absorbedId, intoId);
    // Merged between the lookup and the lock: fail this attempt; the retry follows the chain again.
    if (target.status === 'merged') throw new Error(`root cause ${intoId} was merged meanwhile`);
    const links = await lockLinksOf(tx.manager, absorbedId, MERGE_BATCH_SIZE);
    if (links.length === 0) return;
    const now = new Date();
    const { count, impact } = await relinkComplaints(
      tx.manager,
      links.map((link) => link.complaintId),
      target,
      now,
    );
    await takeFromCounts(tx.manager, absorbedId, count, impact);
    await addToCounts(tx.manager, target.id, count, impact);
    for (const link of links) {
      tx.emit({
        type: EventType.RootCauseComplaintLinked,
        key: link.complaintId,
        data: {
          complaintId: link.complaintId,
          rootCauseId: target.id,
          category: target.category,
          linkedAt: now.toISOString(),
          previousRootCauseId: absorbedId,
          relinkReason: 'merged',
        },
      });
    }
    if (links.length === MERGE_BATCH_SIZE) {
      await this.timers.schedule(tx, {
        kind: MERGE_RELINK_TIMER,
        subjectId: absorbedId,
        dueAt: now,
        payload: { intoRootCauseId: target.id },
      });
    }
  }

  /** Follows merges from the named root cause to the open one that holds them now. */
  private async finalTarget(tx: Transaction, rootCauseId: string): Promise<string> {
    const id = await endOfMergeChain(tx.manager, rootCauseId);
    if (!id) throw new Error(`root cause ${rootCauseId} leads to no open root cause`);
    return id;
  }
}
