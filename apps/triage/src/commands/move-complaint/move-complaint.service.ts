import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { InvalidRequestException } from '@redress/platform';
import { CommitteeMember, requireChair } from '../../auth/committee-member.guard';
import { lockLink, relinkComplaint, rootCauseOfComplaint } from '../../persistence/complaint-link.store';
import { moveOneCount } from '../../persistence/root-cause.store';
import { OPEN_STATUSES, RootCauseReview } from '../review-root-cause/root-cause-review.service';
import { MoveComplaintRequest } from './move-complaint.request.dto';

export interface MovedComplaint {
  complaintId: string;
  rootCauseId: string;
  previousRootCauseId: string;
  category: string;
  linkedAt: string;
}

/**
 * The chair files a complaint under another open root cause. Both root causes' counts and impact follow, and a new
 * `rootcause.complaint-linked` (with `previousRootCauseId`) tells every downstream view where the complaint now is.
 * The last complaint of an open root cause cannot leave it (that is a merge).
 */
@Injectable()
export class MoveComplaintService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly review: RootCauseReview,
  ) {}

  async execute(member: CommitteeMember, complaintId: string, request: MoveComplaintRequest): Promise<MovedComplaint> {
    requireChair(member, 'move a complaint');
    const to = request.toRootCauseId;
    return this.unitOfWork.run(async (tx) => {
      const current = await rootCauseOfComplaint(tx.manager, complaintId);
      if (!current) throw new NotFoundException(`No complaint ${complaintId} in triage`);
      if (current === to) {
        throw new InvalidRequestException([
          { field: 'toRootCauseId', reason: `the complaint is already under root cause ${to}` },
        ]);
      }
      const [from, target] = await this.review.lockPair(tx, current, to);
      const link = await lockLink(tx.manager, complaintId);
      if (!link || link.rootCauseId !== from.id)
        throw new ConflictException(`Complaint ${complaintId} was moved meanwhile; try again`);
      if (!OPEN_STATUSES.includes(target.status))
        throw new ConflictException(`Root cause ${to} is ${target.status}; it takes no complaints`);
      if (from.status === 'resolved')
        throw new ConflictException(`Root cause ${from.id} is resolved; its complaints stay with it`);
      if (from.status !== 'merged' && from.complaintCount <= 1) {
        throw new ConflictException(
          `Complaint ${complaintId} is the only one of root cause ${from.id}; merge that root cause instead`,
        );
      }
      const now = new Date();
      await relinkComplaint(tx.manager, complaintId, target.id, target.category, now);
      await moveOneCount(tx.manager, from.id, target.id, link.dissatisfaction);
      const moved: MovedComplaint = {
        complaintId,
        rootCauseId: target.id,
        previousRootCauseId: from.id,
        category: target.category,
        linkedAt: now.toISOString(),
      };
      tx.emit({
        type: EventType.RootCauseComplaintLinked,
        key: complaintId,
        data: { ...moved, relinkReason: 'moved' },
      });
      return moved;
    });
  }
}
