import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CloseReason, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerJob, Timers } from '@redress/timers';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { lockCallbackOwed, markCallbackOwed, markClosed, markResolved } from '../../persistence/complaint.store';

export const CLOSE_TIMER = 'notifier.close-complaint';

/**
 * When a complaint closes. The notifier owns it: it knows the resolution and the rating, and hears of the callback
 * from escalation. A resolved complaint closes on a rating above FOLLOW_UP_MAX_RATING, or CLOSE_AFTER_RESOLUTION
 * after its resolution; a rating at or below it owes a callback, and the complaint closes once that is made.
 * `complaint.closed` commits with the change, once per complaint.
 */
@Injectable()
export class ComplaintClosingHandler implements OnModuleInit {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly timers: Timers,
    private readonly worker: TimerJob,
  ) {}

  onModuleInit(): void {
    this.worker.handle(CLOSE_TIMER, (timer, tx) => this.closeWhenDue(timer, tx));
  }

  /** The complaint was told of its resolution: its close timer starts at the first resolution. */
  async resolved(
    tx: Transaction,
    complaintId: string,
    resolvedAt: Date,
    customerSummary: string | null,
  ): Promise<void> {
    if (!(await markResolved(tx.manager, complaintId, resolvedAt, customerSummary))) return;
    this.timers.scheduleAtCommit(tx, {
      kind: CLOSE_TIMER,
      subjectId: complaintId,
      dueAt: new Date(resolvedAt.getTime() + this.settings.closing.afterResolutionMs),
    });
  }

  /** Whether a rating owes the customer a callback (and keeps the complaint open until it is made). */
  owesCallback(rating: number): boolean {
    return rating <= this.settings.closing.followUpMaxRating;
  }

  /** The customer rated the answer: a good rating closes, a low one waits for the callback. */
  async rated(tx: Transaction, complaintId: string, rating: number): Promise<void> {
    if (!this.owesCallback(rating)) return this.close(tx, complaintId, 'rated');
    await markCallbackOwed(tx.manager, complaintId);
    await this.timers.cancel(tx, CLOSE_TIMER, complaintId);
  }

  calledBack(tx: Transaction, complaintId: string): Promise<void> {
    return this.close(tx, complaintId, 'called-back');
  }

  private async closeWhenDue(timer: DueTimer, tx: Transaction): Promise<void> {
    const row = await lockCallbackOwed(tx.manager, timer.subjectId);
    if (!row || row.callback_owed_since) return;
    await this.close(tx, timer.subjectId, 'time-elapsed');
  }

  private async close(tx: Transaction, complaintId: string, reason: CloseReason): Promise<void> {
    const closedAt = await markClosed(tx.manager, complaintId, reason);
    if (closedAt === undefined) return;
    await this.timers.cancel(tx, CLOSE_TIMER, complaintId);
    tx.emit({
      type: EventType.ComplaintClosed,
      key: complaintId,
      correlationId: complaintId,
      data: { complaintId, reason, closedAt: new Date(closedAt).toISOString() },
    });
  }
}
