import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { InvalidRequestException } from '@redress/platform';
import { Timers } from '@redress/timers';
import { Owner } from '../../auth/escalation-principal.guard';
import { FOLLOW_UP_TIMER, FollowUpStore, FollowUpView } from '../../persistence/follow-up.store';
import { CompleteFollowUpRequest } from './complete-follow-up.request.dto';

/** Someone on customer service's chain made the callback: its deadline stops and `followup.completed` commits with it. */
@Injectable()
export class CompleteFollowUpService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: FollowUpStore,
    private readonly timers: Timers,
  ) {}

  execute(owner: Owner, id: string, request: CompleteFollowUpRequest): Promise<FollowUpView> {
    const note = request.note.trim();
    if (!note) throw new InvalidRequestException([{ field: 'note', reason: 'must say what was agreed or tried' }]);
    return this.unitOfWork.run(async (tx) => {
      const followUp = await this.store.lock(tx.manager, id, owner.department);
      if (!followUp) throw new NotFoundException(`Your department has no follow-up ${id}`);
      if (followUp.status === 'done')
        throw new ConflictException({ code: 'FOLLOW_UP.ALREADY_DONE', message: 'This callback was already made' });
      const now = new Date();
      await this.store.complete(tx.manager, id, owner.id, { outcome: request.outcome, note }, now);
      await this.timers.cancel(tx, FOLLOW_UP_TIMER, id);
      tx.emit({
        type: EventType.FollowUpCompleted,
        key: followUp.complaintId,
        correlationId: followUp.complaintId,
        data: {
          followUpId: id,
          complaintId: followUp.complaintId,
          owner: { id: owner.id, name: owner.name },
          outcome: request.outcome,
          completedAt: now.toISOString(),
        },
      });
      return (await this.store.view(tx.manager, id, owner.department)) as FollowUpView;
    });
  }
}
