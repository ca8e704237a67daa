import { Gauge } from 'prom-client';

/** Longest a held partition waits between two heartbeats: well under the consumer's session timeout (6 s). */
const HEARTBEAT_EVERY_MS = 1_000;

export interface OutageBackoff {
  /** Wait before the first retry; each later one is twice as long ... */
  firstMs: number;
  /** ... up to this. */
  maxMs: number;
}

export const OUTAGE_BACKOFF_DEFAULTS: OutageBackoff = { firstMs: 250, maxMs: 30_000 };

export interface HeldPartitionsState {
  partitions: number;
  /** When the oldest hold began. */
  since: Date;
  /** The latest failure, named without its message (see failureLabel). */
  failure: string;
}

/** Thrown to a held partition's wait when the consumer stops: the message is left uncommitted for the next start. */
export class ConsumerStopping extends Error {
  constructor() {
    super('the consumer is stopping; the message is left for the next start');
  }
}

const heldGauge = new Gauge({
  name: 'redress_consumer_partitions_held',
  help: 'Partitions whose consumer waits, holding its message uncommitted, for the infrastructure to come back',
});

/**
 * The partitions whose consumer is holding a message through an infrastructure outage (see InboundEvents): each waits
 * with a capped doubling backoff, heartbeating so its group does not rebalance, and takes nothing new meanwhile.
 * Process-wide, like the metrics: readiness reports not ready while any partition is held, and a stopping consumer
 * interrupts every wait.
 */
export class HeldPartitions {
  private readonly holds = new Set<PartitionHold>();
  private stopping = false;
  private readonly interrupts = new Set<() => void>();

  hold(backoff: OutageBackoff = OUTAGE_BACKOFF_DEFAULTS): PartitionHold {
    const hold = new PartitionHold(backoff, this);
    this.holds.add(hold);
    heldGauge.set(this.holds.size);
    return hold;
  }

  state(): HeldPartitionsState | undefined {
    if (this.holds.size === 0) return undefined;
    const holds = [...this.holds];
    const oldest = holds.reduce((a, b) => (a.since <= b.since ? a : b));
    const latest = holds.reduce((a, b) => (a.lastFailureAt >= b.lastFailureAt ? a : b));
    return { partitions: holds.length, since: oldest.since, failure: latest.failure };
  }

  /** Ends every wait with ConsumerStopping, and any later one at once, until `resume` (a consumer started again). */
  stop(): void {
    this.stopping = true;
    this.interrupts.forEach((interrupt) => interrupt());
  }

  resume(): void {
    this.stopping = false;
  }

  /** @internal A hold's wait: `ms` in slices, a heartbeat after each, unless the consumer stops meanwhile. */
  async wait(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    for (let left = ms; left > 0; left -= HEARTBEAT_EVERY_MS) {
      if (this.stopping) throw new ConsumerStopping();
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.interrupts.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, HEARTBEAT_EVERY_MS));
        this.interrupts.add(done);
      });
      if (this.stopping) throw new ConsumerStopping();
      await heartbeat();
    }
  }

  /** @internal */
  release(hold: PartitionHold): void {
    this.holds.delete(hold);
    heldGauge.set(this.holds.size);
  }
}

/** One partition's hold: the retries it has made and the wait before the next. */
export class PartitionHold {
  readonly since = new Date();
  lastFailureAt = new Date();
  failure = '';
  retries = 0;
  private nextWaitMs: number;

  constructor(
    private readonly backoff: OutageBackoff,
    private readonly board: HeldPartitions,
  ) {
    this.nextWaitMs = backoff.firstMs;
  }

  /** Records a failure and waits before the retry; returns how long it waited. */
  async waitAfter(failure: string, heartbeat: () => Promise<void>): Promise<number> {
    this.failure = failure;
    this.lastFailureAt = new Date();
    this.retries++;
    const waitMs = this.nextWaitMs;
    this.nextWaitMs = Math.min(this.nextWaitMs * 2, this.backoff.maxMs);
    await this.board.wait(waitMs, heartbeat);
    return waitMs;
  }

  release(): void {
    this.board.release(this);
  }
}

export const heldPartitions = new HeldPartitions();
