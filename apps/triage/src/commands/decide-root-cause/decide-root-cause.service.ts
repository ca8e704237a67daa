import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@redress/messaging';
import { CommitteeMember, requireChair } from '../../auth/committee-member.guard';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { checkDepartment } from '../../http/request-helpers';
import { IdentifiedRootCause, RootCauseReview } from '../review-root-cause/root-cause-review.service';
import { DecideRootCauseRequest } from './decide-root-cause.request.dto';

/** The chair may decide at any time while the root cause is under review, whatever the votes say (decidedBy `chair`). */
@Injectable()
export class DecideRootCauseService {
  constructor(
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
    private readonly unitOfWork: UnitOfWork,
    private readonly review: RootCauseReview,
  ) {}

  async execute(
    member: CommitteeMember,
    rootCauseId: string,
    request: DecideRootCauseRequest,
  ): Promise<IdentifiedRootCause> {
    requireChair(member, 'decide a root cause');
    checkDepartment(request.department, this.settings.departments);
    return this.unitOfWork.run(async (tx) => {
      const rootCause = await this.review.lock(tx, rootCauseId);
      this.review.requireUnderReview(rootCause);
      const votes = await this.review.votes(tx, rootCauseId);
      const identified = await this.review.identify(
        tx,
        rootCauseId,
        { cause: request.cause.trim(), department: request.department, decidedBy: 'chair' },
        votes,
      );
      // The row is locked and under review, so this cannot happen; say so rather than answer with nothing.
      if (!identified) throw new ConflictException(`Root cause ${rootCauseId} was decided meanwhile`);
      return identified;
    });
  }
}
