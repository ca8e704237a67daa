import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Transaction, UnitOfWork } from '@redress/messaging';
import { INTAKE_SETTINGS, IntakeSettings, RetentionSettings } from '../../config/intake.settings';
import { claimComplaintsPastRetention, DueComplaint } from '../../persistence/erasure.store';
import { ComplaintErasure } from './complaint-erasure.service';

/** A sweep stops after this many batches and goes on at its next run: one run never holds the database for long. */
const MAX_BATCHES_PER_SWEEP = 100;

/**
 * Erases the customer's data of complaints closed longer ago than PERSONAL_DATA_RETENTION (or their client system's
 * own retention), exactly as an erasure on request does, once every PERSONAL_DATA_SWEEP_INTERVAL (daily), in
 * transactions of PERSONAL_DATA_SWEEP_BATCH complaints. Replicas share the work: each claims rows with SKIP LOCKED.
 */
@Injectable()
export class RetentionSweepJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionSweepJob.name);
  private readonly settings: RetentionSettings;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly erasure: ComplaintErasure,
    @Inject(INTAKE_SETTINGS) settings: Pick<IntakeSettings, 'retention'>,
  ) {
    this.settings = settings.retention;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), this.settings.sweepIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      const erased = await this.sweep();
      if (erased > 0) this.logger.log(`erased the personal data of ${erased} complaints past their retention`);
    } catch (error) {
      this.logger.warn(`personal data retention sweep failed: ${(error as Error).message}`);
    }
  }

  /** Erases what is due at `now`; returns how many complaints. */
  async sweep(now = new Date()): Promise<number> {
    let erased = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_SWEEP; batch++) {
      const count = await this.unitOfWork.run((tx) => this.eraseBatch(tx, now));
      erased += count;
      if (count < this.settings.batch) break;
    }
    return erased;
  }

  private async eraseBatch(tx: Transaction, now: Date): Promise<number> {
    const due = await claimComplaintsPastRetention(tx.manager, now, this.settings.afterClosureMs, this.settings.batch);
    const byClient = new Map<string, DueComplaint[]>();
    for (const complaint of due) {
      byClient.set(complaint.client_system_id, [...(byClient.get(complaint.client_system_id) ?? []), complaint]);
    }
    for (const [clientSystemId, complaints] of byClient) {
      await this.erasure.erase(tx, clientSystemId, complaints, { reason: 'retention', requestedBy: 'retention' });
    }
    return due.length;
  }
}
