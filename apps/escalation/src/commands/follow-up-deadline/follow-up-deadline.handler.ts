import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, Timers, TimerJob } from '@redress/timers';
import { onFollowUpDeadline } from '../../domain/follow-up';
import { readChains } from '../../persistence/department.store';
import { FOLLOW_UP_TIMER, FollowUpStore } from '../../persistence/follow-up.store';

/**
 * A callback's deadline: the same durable timers as the assignments'. The follow-up is locked, so a completion racing
 * the deadline either comes first (nothing happens here) or finds the follow-up escalated (it still completes it).
 */
@Injectable()
export class FollowUpDeadlineHandler implements OnModuleInit {
  private readonly logger = new Logger(FollowUpDeadlineHandler.name);

  constructor(
    private readonly worker: TimerJob,
    private readonly timers: Timers,
    private readonly store: FollowUpStore,
  ) {}

  onModuleInit(): void {
    this.worker.handle(FOLLOW_UP_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const followUp = await this.store.lock(tx.manager, timer.subjectId);
    if (!followUp) return;
    const chain = (await readChains(tx.manager, [followUp.department])).get(followUp.department) ?? [];
    const now = new Date(Math.max(Date.now(), timer.dueAt.getTime()));
    const outcome = onFollowUpDeadline(followUp, chain, now, followUp.windowMs);
    if (outcome.kind === 'none') return;
    if (outcome.kind === 'breach') {
      await this.store.markBreached(tx.manager, followUp.id, now);
      this.logger.warn(
        `follow-up ${followUp.id} of complaint ${followUp.complaintId} breached at level ${followUp.level}, the top of the chain`,
      );
      return;
    }
    const { state, fromLevel, to } = outcome;
    await this.store.escalate(tx.manager, followUp.id, {
      level: state.level,
      ownerId: state.ownerId,
      dueAt: state.dueAt,
    });
    await this.timers.schedule(tx, {
      kind: FOLLOW_UP_TIMER,
      subjectId: followUp.id,
      dueAt: state.dueAt,
      payload: { level: state.level },
    });
    tx.emit({
      type: EventType.FollowUpEscalated,
      key: followUp.complaintId,
      correlationId: followUp.complaintId,
      data: {
        followUpId: followUp.id,
        complaintId: followUp.complaintId,
        fromLevel,
        toLevel: to.level,
        owner: { id: to.ownerId, name: to.name },
        dueAt: state.dueAt.toISOString(),
      },
    });
  }
}
