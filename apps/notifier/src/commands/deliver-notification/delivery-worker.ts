import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Channel, EventType, NotificationKind } from '@redress/contracts';
import { Correlation, UnitOfWork } from '@redress/messaging';
import { DELIVERY_CHANNEL, DeliveryChannel } from '../../channels/delivery-channel';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { retryDelayMs } from '../../domain/webhook-signature';
import { notificationsDelivered } from '../../metrics/notifier.metrics';

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

interface DeliveryOutcome {
  row: DueNotification;
  status: 'sent' | 'scheduled' | 'failed';
  attempts: number;
  error?: string;
  at: Date;
  retryInMs: number;
}

/** Notifications one lane sends together: one transaction and one update for all of them. */
const CLAIM_SIZE = 20;

/**
 * Sends scheduled notifications when they are due. Each lane claims a few due rows with `FOR UPDATE SKIP LOCKED`,
 * sends them together, and in that same transaction marks each sent (or schedules its retry with exponential backoff,
 * or after the last attempt marks it failed) and emits `customer.notified`. Replicas never send one row at the same
 * time; a crash mid-send rolls back, so the rows are due again at once (a receiver may see a repeat: webhooks carry
 * the notification id in `X-Redress-Delivery`). The worker wakes on its poll and when a consumer has just scheduled
 * something.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly lanes = new Set<Promise<void>>();
  private poll?: NodeJS.Timeout;
  private stopped = true;
  private wakeAgain = false;
  /** Lanes belong to no request or event, whichever woke them. */
  private readonly detached = Correlation.detached();

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
    const lane: Promise<void> = this.detached(() => this.runLane())
      .catch((error: Error) => this.logger.warn(`deliveries paused until the next poll: ${error.message}`))
      .finally(() => this.lanes.delete(lane));
    this.lanes.add(lane);
  }

  /** Sends the next due notifications (up to CLAIM_SIZE) at once; false when none is due. */
  async deliverNext(): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const rows: DueNotification[] = await tx.manager.query(
        `SELECT id, complaint_id, kind, channel, recipient, locale, subject, body, attempts FROM notifier.notifications
         WHERE status = 'scheduled' AND due_at <= now() ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [CLAIM_SIZE],
      );
      if (rows.length === 0) return false;
      const outcomes = await Promise.all(rows.map((row) => Correlation.run(row.complaint_id, () => this.attempt(row))));
      await tx.manager.query(
        `UPDATE notifier.notifications n
         SET status = o.status, attempts = o.attempts, last_error = o.last_error, sent_at = o.sent_at,
             due_at = CASE WHEN o.status = 'scheduled' THEN now() + make_interval(secs => o.retry_in) ELSE n.due_at END
         FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::float8[])
           AS o(id, status, attempts, last_error, sent_at, retry_in)
         WHERE n.id = o.id`,
        [
          outcomes.map((o) => o.row.id),
          outcomes.map((o) => o.status),
          outcomes.map((o) => o.attempts),
          outcomes.map((o) => o.error?.slice(0, 2000) ?? null),
          outcomes.map((o) => (o.status === 'sent' ? o.at : null)),
          outcomes.map((o) => o.retryInMs / 1000),
        ],
      );
      for (const { row, status, attempts, at } of outcomes) {
        if (status === 'scheduled') continue;
        tx.emit({
          type: EventType.CustomerNotified,
          key: row.complaint_id,
          correlationId: row.complaint_id,
          data: { complaintId: row.complaint_id, notificationId: row.id, kind: row.kind, channel: row.channel, status, at: at.toISOString(), attempts },
        });
      }
      tx.afterCommit(() => outcomes.forEach(({ row, status }) => notificationsDelivered.inc({ channel: row.channel, result: status === 'scheduled' ? 'retried' : status })));
      return true;
    });
  }

  /** One delivery attempt and what it means for the row: sent, scheduled again after a backoff, or failed. */
  private async attempt(row: DueNotification): Promise<DeliveryOutcome> {
    const attempts = row.attempts + 1;
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
      return { row, status: 'sent', attempts, at: new Date(), retryInMs: 0 };
    } catch (caught) {
      // Transport errors can quote the address; neither the log nor the table keeps personal data in clear.
      const error = redactContacts((caught as Error).message ?? String(caught));
      const { maxAttempts, retryBackoffMs } = this.settings.delivery;
      if (attempts < maxAttempts) {
        const retryInMs = retryDelayMs(attempts, retryBackoffMs);
        this.logger.warn(`[${row.complaint_id}] ${row.kind} by ${row.channel} attempt ${attempts}/${maxAttempts} failed: ${error}; retrying in ${retryInMs} ms`);
        return { row, status: 'scheduled', attempts, error, at: new Date(), retryInMs };
      }
      this.logger.error(`[${row.complaint_id}] ${row.kind} by ${row.channel} failed after ${attempts} attempts: ${error}`);
      return { row, status: 'failed', attempts, error, at: new Date(), retryInMs: 0 };
    }
  }
}

/** Email addresses and phone numbers in a text, replaced by a placeholder. */
export function redactContacts(text: string): string {
  return text.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '<address>').replace(/\+?\d[\d ()-]{6,}\d/g, '<phone>');
}
