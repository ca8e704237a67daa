import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';

const SWEEP_EVERY_MS = 10 * 60_000;

/** Forgets Idempotency-Keys older than IDEMPOTENCY_KEY_TTL (at least 24 h), so the table does not grow forever. */
@Injectable()
export class ExpireIdempotencyKeysJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ExpireIdempotencyKeysJob.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      await this.dataSource.query(
        `DELETE FROM intake.idempotency_keys WHERE created_at < now() - make_interval(secs => $1)`,
        [this.settings.idempotencyKeyTtlMs / 1000],
      );
    } catch (error) {
      this.logger.warn(`expiring idempotency keys failed: ${(error as Error).message}`);
    }
  }
}
