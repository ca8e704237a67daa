import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isPermanentFailure } from '../../channels/delivery-channel';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { planRetry } from '../../domain/retry-plan';
import {
  ClaimedStaffMessage,
  claimDueStaffMessages,
  recordStaffOutcome,
  StaffDeliveryOutcome,
} from '../../persistence/staff-delivery.store';
import { redactContacts } from '../deliver-notification/delivery.job';
import { StaffSender } from './staff-sender.service';

/** Most staff messages one claim takes. */
const CLAIM_SIZE = 20;

/**
 * Sends staff messages as customer messages are sent, in a queue of their own: a short transaction leases due rows
 * (DELIVERY_LEASE; a crashed replica's come back when it expires), each is sent with no transaction open, and another
 * short transaction records the outcome only while the lease is held. Failures are retried with the customer
 * messages' backoff and give-up rules (DELIVERY_RETRY_BACKOFF, DELIVERY_GIVE_UP_AFTER, DELIVERY_MAX_ATTEMPTS), at any
 * hour: staff are not held to customers' contact windows.
 */
@Injectable()
export class StaffDeliveryJob implements OnApplicationBootstrap, OnModuleDestroy {
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
    const rows = await claimDueStaffMessages(this.dataSource, room, this.settings.delivery.leaseMs / 1000);
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

  private async attempt(row: ClaimedStaffMessage): Promise<StaffDeliveryOutcome> {
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
  private async record(row: ClaimedStaffMessage, outcome: StaffDeliveryOutcome): Promise<void> {
    await recordStaffOutcome(this.dataSource, row, outcome);
  }
}
