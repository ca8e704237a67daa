import { ServiceName } from '@redress/contracts';
import { EmbeddedBroker } from '@redress/infra';
import { Pool } from 'pg';
import { ServiceProcess } from '../stack/service-process';
import { backlogAsOf } from './chaos-checks';

/** One fault the run injects, and when the pipeline had caught up with everything that existed when it ended. */
export interface FaultRecord {
  name: string;
  /** Seconds since posting started. */
  startedAt: number;
  endedAt?: number;
  /** Wall-clock start and end, to find what happened meanwhile. */
  from?: Date;
  to?: Date;
  /** The service killed (none for the broker outage). */
  service?: ServiceName;
  /** From the fault's end (service ready again / broker up) to the backlog of that moment drained; ms. For a killed
   * service, its own backlog (its outbox published, its inbox complete, its complaint effects made). */
  catchUpMs?: number;
  /** The same for the whole pipeline, which later faults may hold up. */
  pipelineCatchUpMs?: number;
  error?: string;
}

export interface PlannedFault {
  name: string;
  service?: ServiceName;
  /** Ms after posting started. */
  atMs: number;
  /** Injects the fault and returns once it is over (the service is ready again, the broker is up). */
  inject: () => Promise<void>;
}

/** kill -9, a pause of `downMs`, then a start that waits for /health/ready. */
export function killAndRestart(service: ServiceProcess, downMs: number): () => Promise<void> {
  return async () => {
    await service.kill();
    await sleep(downMs);
    await service.start();
  };
}

/** The broker refuses every connection for `ms`, keeping its data, then listens again on the same port. */
export function brokerOutage(broker: EmbeddedBroker, ms: number): () => Promise<void> {
  return () => broker.outage(ms);
}

/**
 * Runs the faults in order, each at its time (or at once if the one before overran), while the caller posts.
 * After each fault a watcher polls the database until the backlog of that moment is drained.
 */
export class FaultSchedule {
  readonly records: FaultRecord[] = [];
  private readonly watchers: Promise<void>[] = [];
  private done?: Promise<void>;

  constructor(
    private readonly db: Pool,
    private readonly log: (line: string) => void,
    private readonly catchUpTimeoutMs: number,
    /** Client systems whose customers cannot be reached during the run (the tarpit's): see backlogAsOf. */
    private readonly unreachableClients: string[] = [],
  ) {}

  start(faults: PlannedFault[], startedAt: number): void {
    this.done = (async () => {
      for (const fault of faults) {
        const wait = startedAt + fault.atMs - performance.now();
        if (wait > 0) await sleep(wait);
        const record: FaultRecord = {
          name: fault.name,
          service: fault.service,
          startedAt: (performance.now() - startedAt) / 1000,
        };
        this.records.push(record);
        record.from = new Date();
        this.log(`  t+${record.startedAt.toFixed(0)} s: ${fault.name} ...`);
        try {
          await fault.inject();
        } catch (error) {
          record.error = (error as Error).message;
          this.log(`  ${fault.name} failed: ${record.error}`);
          continue;
        }
        record.endedAt = (performance.now() - startedAt) / 1000;
        record.to = new Date();
        this.log(`  t+${record.endedAt.toFixed(0)} s: ${fault.name} over; watching the catch-up`);
        this.watchers.push(this.watchCatchUp(record));
      }
    })();
  }

  /** Resolves when every fault has been injected and every catch-up measured (or timed out). */
  async finished(): Promise<void> {
    await this.done;
    await Promise.all(this.watchers);
  }

  private async watchCatchUp(record: FaultRecord): Promise<void> {
    const endedAt = performance.now();
    const asOf = new Date();
    const drained = (b?: { unsent: number; unconsumed: number; complaints: number }) =>
      !!b && b.unsent + b.unconsumed + b.complaints === 0;
    for (;;) {
      if (
        record.catchUpMs === undefined &&
        drained(await backlogAsOf(this.db, asOf, record.service, this.unreachableClients).catch(() => undefined))
      ) {
        record.catchUpMs = performance.now() - endedAt;
      }
      const pipeline = await backlogAsOf(this.db, asOf, undefined, this.unreachableClients).catch(() => undefined);
      if (drained(pipeline)) {
        record.pipelineCatchUpMs = performance.now() - endedAt;
        record.catchUpMs ??= record.pipelineCatchUpMs;
        this.log(
          `  ${record.name}: caught up ${(record.catchUpMs / 1000).toFixed(1)} s after it ended (whole pipeline ${(record.pipelineCatchUpMs / 1000).toFixed(1)} s)`,
        );
        return;
      }
      if (performance.now() - endedAt > this.catchUpTimeoutMs) {
        record.error = `not caught up within ${this.catchUpTimeoutMs / 1000} s: ${JSON.stringify(pipeline)}`;
        this.log(`  ${record.name}: ${record.error}`);
        return;
      }
      await sleep(500);
    }
  }
}

/** How the run injects each kind of fault. */
export interface FaultInjectors {
  kill: (service: ServiceName) => () => Promise<void>;
  brokerOutage: () => Promise<void>;
  postgresOutage: () => Promise<void>;
  mailOutage: () => Promise<void>;
  hostileBurst: () => Promise<void>;
}

/**
 * One after another over the posting time: a hostile client's burst first, then a kill of each service, Postgres
 * down, the broker down (both ending before posting does), and last the mail server refusing service, which outlasts
 * the posting: every message held back by it must still arrive once it accepts again.
 */
export function planFaults(
  postingMs: number,
  durations: { brokerMs: number; postgresMs: number; mailMs: number },
  inject: FaultInjectors,
): PlannedFault[] {
  const services: ServiceName[] = ['intake', 'triage', 'escalation', 'notifier'];
  const at = (share: number) => postingMs * share;
  return [
    { name: 'hostile burst from one client', atMs: at(0.03), inject: inject.hostileBurst },
    ...services.map((service, index) => ({
      name: `kill -9 ${service}`,
      service,
      atMs: at(0.08 + 0.1 * index),
      inject: inject.kill(service),
    })),
    { name: `postgres down for ${durations.postgresMs / 1000} s`, atMs: at(0.48), inject: inject.postgresOutage },
    {
      name: `broker down for ${durations.brokerMs / 1000} s`,
      atMs: Math.max(at(0.62), Math.min(at(0.68), at(0.95) - durations.brokerMs)),
      inject: inject.brokerOutage,
    },
    { name: `mail refused for ${durations.mailMs / 1000} s`, atMs: at(0.9), inject: inject.mailOutage },
  ];
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
