import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { sequencePendingChanges } from '../../persistence/change-log.store';

/** Changes numbered per round; a full round is followed by another at once. */
const ROUND_SIZE = 1_000;

/**
 * Gives committed changes their feed positions every CHANGE_FEED_INTERVAL. Every replica runs it; an advisory lock
 * lets one at a time through, so the feed keeps going while any replica is up.
 */
@Injectable()
export class ChangeSequencerJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ChangeSequencerJob.name);
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  onApplicationBootstrap(): void {
    void this.run();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    let moved = 0;
    try {
      moved = await sequencePendingChanges(this.dataSource, ROUND_SIZE);
    } catch (error) {
      this.logger.warn(`numbering feed changes failed, retrying: ${(error as Error).message}`);
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.run(), moved === ROUND_SIZE ? 0 : this.settings.changeFeedIntervalMs);
    this.timer.unref();
  }
}
