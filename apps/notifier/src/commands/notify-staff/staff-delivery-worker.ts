import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isPermanentFailure } from '../../channels/delivery-channel';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { planRetry } from '../../domain/retry-plan';
import { returnedRows } from '../../persistence/rows';
import { redactContacts } from '../deliver-notification/delivery-worker';
import { StaffSender } from './staff-sender';

/** Most staff messages one claim takes. */
const CLAIM_SIZE = 20;

interface ClaimedStaffMessage {
  id: string;
  person: string;
  channel: 'email' | 'chat';
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  age_from: Date;
  lease_token: string;
}

interface Outcome {
  status: 'sent' | 'scheduled' | 'failed';
  attempts: number;
  error?: string;
  retryAt?: Date;
}

/**
 * Sends staff messages as customer messages are sent, in a queue of their own: a short transaction leases due rows
 * (DELIVERY_LEASE; a crashed replica's come back when it expires), each is sent with no transaction open, and another
 * short transaction records the outcome only while the lease is held. Failures are retried with the customer
 * messages' backoff and give-up rules (DELIVERY_RETRY_BACKOFF, DELIVERY_GIVE_UP_AFTER, DELIVERY_MAX_ATTEMPTS), at any
 * hour: staff are not held to customers' contact windows.
 */
@Injectable()
export class StaffDeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('staff-notices');
  private readonly sending = new Set<Promise<void>>();
  private claiming: Promise<void> | null = null;
  private poll?: NodeJS.Timeout;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: StaffSender,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.poll = setInterval(() => this.wake(), this.settings.delivery.pollIntervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.claiming;
    await Promise.all(this.sending);
  }

  wake(): void {
    if (this.stopped || this.claiming) return;
    this.claiming = this.claim()
      .catch((error: Error) => this.logger.warn(`staff deliveries paused until the next poll: ${error.message}`))
      .finally(() => (this.claiming = null));
  }

  private async claim(): Promise<void> {
    const room = Math.min(CLAIM_SIZE, this.settings.delivery.concurrency - this.sending.size);
    if (room <= 0) return;
    const rows: ClaimedStaffMessage[] = returnedRows(
      await this.dataSource.query(
        `UPDATE notifier.staff_deliveries d SET due_at = now() + make_interval(secs => $2), lease_token = gen_random_uuid()
         FROM (SELECT id FROM notifier.staff_deliveries WHERE status = 'scheduled' AND due_at <= now()
               ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
         WHERE d.id = due.id
         RETURNING d.id, d.person, d.channel, d.recipient, d.subject, d.body, d.attempts, d.age_from, d.lease_token`,
        [room, this.settings.delivery.leaseMs / 1000],
      ),
    );
    for (const row of rows) {
      const job: Promise<void> = this.attempt(row)
        .then((outcome) => this.record(row, outcome))
        .catch((error: Error) =>
          this.logger.warn(
            `staff ${row.channel} ${row.id}: outcome not recorded, sent again once its lease expires: ${error.message}`,
          ),
        )
        .finally(() => this.sending.delete(job));
      this.sending.add(job);
    }
  }

  private async attempt(row: ClaimedStaffMessage): Promise<Outcome> {
    const attempts = row.attempts + 1;
    try {
      await this.sender.send(row);
      return { status: 'sent', attempts };
    } catch (caught) {
      const error = redactContacts((caught as Error)?.message ?? String(caught));
      const what = `staff ${row.channel} ${row.id} to ${row.person} attempt ${attempts}`;
      if (isPermanentFailure(caught)) {
        this.logger.error(`${what} refused, not retried: ${error}`);
        return { status: 'failed', attempts, error };
      }
      const plan = planRetry(
        { attempts, at: new Date(), ageFrom: new Date(row.age_from), window: null, timeZone: 'UTC' },
        this.settings.delivery,
      );
      if ('giveUp' in plan) {
        this.logger.error(`${what} failed, given up: ${error}`);
        return { status: 'failed', attempts, error };
      }
      this.logger.warn(`${what} failed: ${error}; retrying at ${plan.retryAt.toISOString()}`);
      return { status: 'scheduled', attempts, error, retryAt: plan.retryAt };
    }
  }

  /** Written only while this sender still holds the lease. */
  private async record(row: ClaimedStaffMessage, outcome: Outcome): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifier.staff_deliveries SET status = $3, attempts = $4, last_error = coalesce($5, last_error), lease_token = NULL,
         due_at = coalesce($6, due_at), sent_at = CASE WHEN $3 = 'sent' THEN now() END,
         failed_at = CASE WHEN $3 = 'failed' THEN now() END
       WHERE id = $1 AND lease_token = $2`,
      [
        row.id,
        row.lease_token,
        outcome.status,
        outcome.attempts,
        outcome.error?.slice(0, 2000) ?? null,
        outcome.retryAt ?? null,
      ],
    );
  }
}
