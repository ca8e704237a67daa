import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { formatMinorUnits } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, Timers, TimerJob } from '@redress/timers';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { receivedComplaint } from '../../persistence/complaint.store';
import { DeliveryJob } from '../deliver-notification/delivery.job';
import { NotificationScheduler } from '../schedule-notification/notification-scheduler.service';
import { CompensationService } from './compensation.service';

/** The timer that settles a complaint's compensation however long its root cause takes (subject: the complaint id). */
export const COMPENSATION_MAX_WAIT_TIMER = 'notifier.compensation-max-wait';

/**
 * Money does not wait for a resolution that may never come. Each complaint gets a timer, due COMPENSATION_MAX_WAIT
 * after its receipt; when it fires on a complaint not compensated yet, the policy settles it exactly as the resolution
 * would (within the limit: paid; over the limit or past the budget: to review) and the customer is told, with word
 * that the cause is still being worked on. Compensations are one row per complaint (a unique key), so whichever of
 * this timer and the resolution comes second, even in the same instant, pays nothing and reads the first one's outcome.
 */
@Injectable()
export class CompensationMaxWaitHandler implements OnModuleInit {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly timers: Timers,
    private readonly worker: TimerJob,
    private readonly compensation: CompensationService,
    private readonly scheduler: NotificationScheduler,
    private readonly delivery: DeliveryJob,
  ) {}

  onModuleInit(): void {
    this.worker.handle(COMPENSATION_MAX_WAIT_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  /** In the transaction that records the complaint, written at its commit with the batch's others. */
  arm(tx: Transaction, complaintId: string, receivedAt: Date): void {
    this.timers.scheduleAtCommit(tx, {
      kind: COMPENSATION_MAX_WAIT_TIMER,
      subjectId: complaintId,
      dueAt: new Date(receivedAt.getTime() + this.settings.compensation.maxWaitMs),
    });
  }

  /** Stops the wait of a complaint compensated otherwise (its resolution), at the commit of that transaction. */
  disarm(tx: Transaction, complaintId: string): void {
    this.timers.cancelAtCommit(tx, COMPENSATION_MAX_WAIT_TIMER, complaintId);
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const complaint = await receivedComplaint(tx.manager, timer.subjectId);
    if (!complaint) return;
    const settled = await this.compensation.settle(tx, complaint, complaint.rootCauseId);
    if (!settled.settledNow || (settled.granted === 0 && !settled.underReview)) return;
    const granted =
      settled.granted > 0 ? `${formatMinorUnits(settled.granted, settled.currency)} ${settled.currency}` : null;
    // One message per compensation: its row's id is the message's cause.
    await this.scheduler.schedule(tx, complaint, settled.id, {
      kind: 'compensation',
      reference: complaint.reference,
      granted,
      underReview: settled.underReview,
    });
    tx.afterCommit(() => this.delivery.wake());
  }
}
