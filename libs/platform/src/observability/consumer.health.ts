import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { heldPartitions } from '@redress/messaging';

/**
 * Down while the consumer holds partitions through an infrastructure outage (see HeldPartitions), and until each has
 * applied its message again: a database that answers `SELECT 1` once more is not yet a consumer that has caught up.
 */
@Injectable()
export class ConsumerHealthIndicator {
  constructor(private readonly health: HealthIndicatorService) {}

  check() {
    const session = this.health.check('consumer');
    const held = heldPartitions.state();
    if (!held) return session.up();
    return session.down({
      heldPartitions: held.partitions,
      heldSince: held.since.toISOString(),
      failure: held.failure,
    });
  }
}
