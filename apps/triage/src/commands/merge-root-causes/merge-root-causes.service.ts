import { ConflictException, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { InvalidRequestException } from '@redress/platform';
import { TimerJob, Timers } from '@redress/timers';
import { CommitteeMember, requireChair } from '../../auth/committee-member.guard';
import { markMerged } from '../../persistence/root-cause.store';
import {
  MERGE_RELINK_TIMER,
  OPEN_STATUSES,
  REVIEW_DEADLINE_TIMER,
  RootCauseReview,
} from '../review-root-cause/root-cause-review.service';
import { MergeRootCausesRequest } from './merge-root-causes.request.dto';

export interface MergedRootCause {
  rootCauseId: string;
  status: 'merged';
  mergedInto: string;
  /** Complaints that are moving over (in batches, each with its own `rootcause.complaint-linked`). */
  complaintCount: number;
  mergedAt: string;
}

/**
 * The chair merges a root cause still under review into another open one: it is closed as `merged` at once (its
 * review ends, its category and touchpoint are free again) and its complaints move over in batches, each with a
 * `rootcause.complaint-linked` carrying `previousRootCauseId`, however many there are. An identified root cause is not
 * absorbed: its owner already works on it, and its complaints' status could not follow them back.
 */
@Injectable()
export class MergeRootCausesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly review: RootCauseReview,
    private readonly timers: Timers,
    private readonly worker: TimerJob,
  ) {}

  async execute(
    member: CommitteeMember,
    rootCauseId: string,
    request: MergeRootCausesRequest,
  ): Promise<MergedRootCause> {
    requireChair(member, 'merge root causes');
    const into = request.intoRootCauseId;
    if (into === rootCauseId) {
      throw new InvalidRequestException([
        { field: 'intoRootCauseId', reason: 'intoRootCauseId must be another root cause' },
      ]);
    }
    const merged = await this.unitOfWork.run(async (tx) => {
      const [absorbed, target] = await this.review.lockPair(tx, rootCauseId, into);
      if (absorbed.status !== 'under-review') {
        throw new ConflictException(
          `Root cause ${rootCauseId} is ${absorbed.status}; only a root cause under review can be merged into another`,
        );
      }
      if (!OPEN_STATUSES.includes(target.status))
        throw new ConflictException(`Root cause ${into} is ${target.status}; it takes no complaints`);
      const now = new Date();
      await markMerged(tx.manager, rootCauseId, into, now);
      await this.timers.cancel(tx, REVIEW_DEADLINE_TIMER, rootCauseId);
      await this.timers.schedule(tx, {
        kind: MERGE_RELINK_TIMER,
        subjectId: rootCauseId,
        dueAt: now,
        payload: { intoRootCauseId: into },
      });
      return {
        rootCauseId,
        status: 'merged' as const,
        mergedInto: into,
        complaintCount: absorbed.complaintCount,
        mergedAt: now.toISOString(),
      };
    });
    this.worker.wake();
    return merged;
  }
}
