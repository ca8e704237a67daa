import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { CommitteeMember } from '../../auth/committee-member.guard';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { decideByVotes } from '../../domain/committee-review';
import { checkDepartment } from '../../http/request-helpers';
import { castVote } from '../../persistence/root-cause.store';
import { IdentifiedRootCause, RootCauseReview } from '../review-root-cause/root-cause-review.service';
import { CastVoteRequest } from './cast-vote.request.dto';

export interface CastVoteResult {
  rootCauseId: string;
  status: 'under-review' | 'identified';
  vote: { memberId: string; cause: string; department: string; castAt: string };
  /** Set when this vote completed the quorum. */
  decision: IdentifiedRootCause | null;
}

/** Records or changes a member's vote; when a quorum now agrees on a department, the committee has identified the cause. */
@Injectable()
export class CastVoteService {
  constructor(
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
    private readonly unitOfWork: UnitOfWork,
    private readonly review: RootCauseReview,
  ) {}

  async execute(member: CommitteeMember, rootCauseId: string, request: CastVoteRequest): Promise<CastVoteResult> {
    checkDepartment(request.department, this.settings.departments);
    return this.unitOfWork.run(async (tx) => {
      const rootCause = await this.review.lock(tx, rootCauseId);
      this.review.requireUnderReview(rootCause);
      const castAt = new Date();
      await castVote(tx.manager, {
        rootCauseId,
        memberId: member.id,
        cause: request.cause.trim(),
        department: request.department,
        castAt,
      });
      const votes = await this.review.votes(tx, rootCauseId);
      const decision = decideByVotes(votes, await this.review.quorum(tx));
      const identified = decision && (await this.review.identify(tx, rootCauseId, decision, votes));
      return {
        rootCauseId,
        status: identified ? 'identified' : 'under-review',
        vote: {
          memberId: member.id,
          cause: request.cause.trim(),
          department: request.department,
          castAt: castAt.toISOString(),
        },
        decision: identified || null,
      };
    });
  }
}
