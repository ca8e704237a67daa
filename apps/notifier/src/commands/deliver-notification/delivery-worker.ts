import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Channel, EventType, NotificationKind } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { DELIVERY_CHANNEL, DeliveryChannel } from '../../channels/delivery-channel';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { retryDelayMs } from '../../domain/webhook-signature';

interface DueNotification {
  id: string;
  complaint_id: string;
  kind: NotificationKind;
  channel: Channel;
  recipient: string | null;
  locale: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Sends scheduled notifications when they are due. Each lane claims one due row with `FOR UPDATE SKIP LOCKED`, sends
 * it, and in that same transaction marks it sent (or schedules the retry with exponential backoff, or after the last
 * attempt marks it failed) and emits `customer.notified`. Replicas never send one row at the same time; a crash
 * mid-send rolls back, so the row is due again at once (a receiver may see a repeat: webhooks carry the notification
 * id in `X-Redress-Delivery`). The worker wakes on its poll and when a consumer has just scheduled something.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly lanes = new Set<Promise<void>>();
  private poll?: NodeJS.Timeout;
  private stopped = true;
  private wakeAgain = false;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(DELIVERY_CHANNEL) private readonly channel: DeliveryChannel,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.poll = setInterval(() => this.wake(), this.settings.delivery.pollIntervalMs);
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await Promise.all(this.lanes);
  }

  /** Starts a lane if none runs (it starts more while it finds work); a wake during a drain makes it look again. */
  wake(): void {
    if (this.stopped) return;
    this.wakeAgain = true;
    if (this.lanes.size === 0) this.spawn();
  }

  private async runLane(): Promise<void> {
    for (;;) {
      this.wakeAgain = false;
      while (!this.stopped && (await this.deliverNext())) {
        if (this.lanes.size < this.settings.delivery.concurrency) this.spawn();
      }
      if (this.stopped || !this.wakeAgain) return;
    }
  }

  private spawn(): void {
    const lane: Promise<void> = this.runLane()
      .catch((error: Error) => this.logger.warn(`deliveries paused until the next poll: ${error.message}`))
      .finally(() => this.lanes.delete(lane));
    this.lanes.add(lane);
  }

  /** Sends one due notification; false when none is due. */
  async deliverNext(): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const [row]: DueNotification[] = await tx.manager.query(
        `SELECT id, complaint_id, kind, channel, recipient, locale, subject, body, attempts FROM notifier.notifications
         WHERE status = 'scheduled' AND due_at <= now() ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!row) return false;
      const attempts = row.attempts + 1;
      let error: Error | null = null;
      try {
        await this.channel.deliver({
          notificationId: row.id,
          complaintId: row.complaint_id,
          kind: row.kind,
          channel: row.channel,
          recipient: row.recipient ?? '',
          locale: row.locale,
          subject: row.subject,
          text: row.body,
        });
      } catch (caught) {
        // Transport errors can quote the address; neither the log nor the table keeps personal data in clear.
        error = new Error(redactContacts((caught as Error).message ?? String(caught)));
      }
      const { maxAttempts, retryBackoffMs } = this.settings.delivery;
      if (error && attempts < maxAttempts) {
        const delay = retryDelayMs(attempts, retryBackoffMs);
        await tx.manager.query(
          `UPDATE notifier.notifications SET attempts = $2, last_error = $3, due_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [row.id, attempts, error.message.slice(0, 2000), delay / 1000],
        );
        this.logger.warn(`[${row.complaint_id}] ${row.kind} by ${row.channel} attempt ${attempts}/${maxAttempts} failed: ${error.message}; retrying in ${delay} ms`);
        return true;
      }
      const status = error ? 'failed' : 'sent';
      const at = new Date();
      await tx.manager.query(
        `UPDATE notifier.notifications SET status = $2, attempts = $3, last_error = $4, sent_at = $5 WHERE id = $1`,
        [row.id, status, attempts, error?.message.slice(0, 2000) ?? null, error ? null : at],
      );
      if (error) this.logger.error(`[${row.complaint_id}] ${row.kind} by ${row.channel} failed after ${attempts} attempts: ${error.message}`);
      tx.emit({
        type: EventType.CustomerNotified,
        key: row.complaint_id,
        correlationId: row.complaint_id,
        data: { complaintId: row.complaint_id, notificationId: row.id, kind: row.kind, channel: row.channel, status, at: at.toISOString(), attempts },
      });
      return true;
    });
  }
}

/** Email addresses and phone numbers in a text, replaced by a placeholder. */
export function redactContacts(text: string): string {
  return text.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '<address>').replace(/\+?\d[\d ()-]{6,}\d/g, '<phone>');
}
