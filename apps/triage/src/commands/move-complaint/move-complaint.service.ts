import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { InvalidRequestException } from '@redress/platform';
import { CommitteeMember, requireChair } from '../../auth/committee-member.guard';
import { OPEN_STATUSES, RootCauseReview } from '../review/root-cause-review';
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
      const [current]: { rootCauseId: string }[] = await tx.manager.query(
        `SELECT root_cause_id AS "rootCauseId" FROM triage.complaint_links WHERE complaint_id = $1`,
        [complaintId],
      );
      if (!current) throw new NotFoundException(`No complaint ${complaintId} in triage`);
      if (current.rootCauseId === to) {
        throw new InvalidRequestException([
          { field: 'toRootCauseId', reason: `the complaint is already under root cause ${to}` },
        ]);
      }
      const [from, target] = await this.review.lockPair(tx, current.rootCauseId, to);
      const [link]: { rootCauseId: string; dissatisfaction: string }[] = await tx.manager.query(
        `SELECT root_cause_id AS "rootCauseId", dissatisfaction FROM triage.complaint_links WHERE complaint_id = $1 FOR UPDATE`,
        [complaintId],
      );
      if (link.rootCauseId !== from.id)
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
      await tx.manager.query(
        `UPDATE triage.complaint_links SET root_cause_id = $2, category = $3, linked_at = $4 WHERE complaint_id = $1`,
        [complaintId, target.id, target.category, now],
      );
      const weight = `CASE $2::text WHEN 'outraged' THEN 3 WHEN 'upset' THEN 2 ELSE 1 END`;
      await tx.manager.query(
        `UPDATE triage.root_causes SET complaint_count = complaint_count - 1, impact = impact - ${weight} WHERE id = $1`,
        [from.id, link.dissatisfaction],
      );
      await tx.manager.query(
        `UPDATE triage.root_causes SET complaint_count = complaint_count + 1, impact = impact + ${weight} WHERE id = $1`,
        [target.id, link.dissatisfaction],
      );
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
