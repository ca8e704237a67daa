import { PostedStorm } from '../storm/storm-scenario';
import { ChaosVerdict } from './chaos-checks';
import { FaultRecord } from './chaos-faults';
import { BurstOutcome } from './hostile-burst';

export interface ChaosFigures {
  runId: string;
  total: number;
  rate: number;
  posted: PostedStorm;
  accepted: number;
  /** Complaints intake accepted while the broker was down (held in its outbox). */
  acceptedDuringOutage: number;
  verdict: ChaosVerdict;
  /** What the sinks (SMTP, SMS gateway, webhook) received, per notification kind. */
  deliveries: Record<string, { delivered: number; duplicates: number }>;
  /** The client whose webhook never answers: its acknowledgements by state, and the connections its endpoint took. */
  tarpit: { complaints: number; pending: number; sent: number; failed: number; missing: number; connections: number };
  hostile?: BurstOutcome;
  /** The other clients' acknowledgement p99 (POST to first arrival at a sink) over complaints posted while no fault was under way. */
  ackP99: { calmMs: number; boundMs: number; calmComplaints: number };
  notifierKills: number;
  /** Customer-visible repeats allowed per notifier kill: the sends it can have on the wire at once. */
  repeatBoundPerKill: number;
  deadLetters: number;
  faults: FaultRecord[];
  rootCauses: number;
  drainAfterFaultsMs: number;
  settledAfterResolutionMs: number;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

/** Events that should exist but did not arrive: unpublished outbox rows, published events missing from an inbox, complaints without their effects. */
export function lostCount(f: ChaosFigures): number {
  const v = f.verdict;
  return (
    f.total -
    f.accepted +
    (f.accepted - v.linked) +
    (f.accepted - v.knownToNotifier) +
    v.acknowledgementMissing +
    v.resolutionMissing +
    v.compensationMissing +
    sum(v.unsentOutbox) +
    sum(v.unconsumed)
  );
}

/** Complaints filed twice, and complaints with more than one acknowledgement, resolution message or compensation decision. */
export function duplicateCount(f: ChaosFigures): number {
  const v = f.verdict;
  return v.duplicateComplaints + v.acknowledgedTwice + v.resolutionTwice + v.compensatedTwice;
}

/**
 * Notifications a sink received more than once, with the same notification id: a notifier killed while a message was
 * on the wire sends it again once its lease expires (at-least-once for external channels; the id is in
 * X-Redress-Notification, the SMS reference and X-Redress-Delivery so a receiver drops the repeat).
 */
export function redeliveredCount(f: ChaosFigures): number {
  return Object.values(f.deliveries).reduce((total, kind) => total + kind.duplicates, 0);
}

export function printFigures(f: ChaosFigures, print: (line: string) => void): void {
  const v = f.verdict;
  const maxCatchUp = Math.max(...f.faults.map((fault) => fault.catchUpMs ?? 0));
  const deliveries = Object.entries(f.deliveries)
    .map(([kind, d]) => `${kind} ${d.delivered}`)
    .join(', ');
  print(
    [
      `chaos run ${f.runId}: ${f.total} complaints at ${f.rate}/s, whole embedded stack, ${f.faults.length} faults`,
      `  accepted ${f.accepted} of ${f.total} (${f.posted.retries} POSTs retried with the same Idempotency-Key, ${f.posted.replayed} answered as replays, ${f.posted.errors} given up); intake holds ${v.intakeRows} complaints for the run, ${f.acceptedDuringOutage} of them accepted while the broker was down`,
      `  linked by triage ${v.linked}, known to the notifier ${v.knownToNotifier}`,
      `  acknowledged exactly once ${v.acknowledgedOnce} (more than once ${v.acknowledgedTwice}, none ${v.acknowledgementMissing})`,
      `  root causes ${f.rootCauses}; resolved complaints ${v.resolvedComplaints}: exactly one resolution message ${v.resolutionOnce} (more ${v.resolutionTwice}, none ${v.resolutionMissing}), exactly one compensation decision ${v.compensatedOnce} (more ${v.compensatedTwice}, none ${v.compensationMissing})`,
      `  delivered to the sinks: ${deliveries || 'nothing'}`,
      `  duplicates ${duplicateCount(f)} (complaints filed twice ${v.duplicateComplaints}; complaints with more than one acknowledgement, resolution message or compensation decision ${duplicateCount(f) - v.duplicateComplaints})`,
      `  redelivered to a sink with the same notification id: ${redeliveredCount(f)} (bound ${f.repeatBoundPerKill} per notifier kill, ${f.notifierKills} kill(s); receivers drop repeats by id)`,
      `  tarpit client (webhook that never answers): ${f.tarpit.complaints} complaints, acknowledgements pending ${f.tarpit.pending}, sent ${f.tarpit.sent}, failed ${f.tarpit.failed}, never scheduled ${f.tarpit.missing}; its endpoint took ${f.tarpit.connections} connections`,
      `  other clients' acknowledgement p99 while no other fault was under way: ${s(f.ackP99.calmMs)} over ${f.ackP99.calmComplaints} complaints (bound ${s(f.ackP99.boundMs)})`,
      `  hostile client: ${f.hostile ? `${f.hostile.requests} requests in ${f.hostile.seconds.toFixed(1)} s, answers ${JSON.stringify(f.hostile.byStatus)}, no answer ${f.hostile.noAnswer}` : 'not run'}`,
      `  lost ${lostCount(f)} (outbox rows unsent ${JSON.stringify(v.unsentOutbox)}, published events missing from a consumer's inbox ${JSON.stringify(v.unconsumed)})`,
      `  dead letters ${f.deadLetters}`,
      `  faults:`,
      ...f.faults.map(
        (fault) =>
          `    ${fault.name.padEnd(26)} t+${fault.startedAt.toFixed(0)} s to t+${fault.endedAt?.toFixed(0) ?? '?'} s, caught up ${s(fault.catchUpMs)} after (whole pipeline ${s(fault.pipelineCatchUpMs)})${fault.error ? `; ${fault.error}` : ''}`,
      ),
      `  max catch-up time ${s(maxCatchUp)} (from a service ready again / the broker back until everything of that moment is drained: for a killed service its outbox published, its inbox complete and its complaint effects made; for the broker every service's), whole pipeline at most ${s(Math.max(...f.faults.map((fault) => fault.pipelineCatchUpMs ?? 0)))}`,
      `  after posting and the faults, drained in ${s(f.drainAfterFaultsMs)}; after the resolution, settled in ${s(f.settledAfterResolutionMs)}`,
    ].join('\n'),
  );
}

/** Each failed check, in words; empty when the run passed. */
export function judge(f: ChaosFigures): string[] {
  const v = f.verdict;
  const failures: string[] = [];
  if (f.accepted !== f.total) failures.push(`${f.total - f.accepted} complaints were never accepted`);
  if (v.intakeRows !== f.accepted || v.duplicateComplaints > 0)
    failures.push(
      `intake holds ${v.intakeRows} complaints for ${f.accepted} accepted (${v.duplicateComplaints} filed twice)`,
    );
  if (v.acknowledgedOnce !== f.accepted)
    failures.push(`${f.accepted - v.acknowledgedOnce} complaints without exactly one acknowledgement`);
  if (v.resolvedComplaints !== f.accepted)
    failures.push(`${f.accepted - v.resolvedComplaints} complaints not under a resolved root cause`);
  if (v.resolutionOnce !== v.resolvedComplaints)
    failures.push(
      `${v.resolvedComplaints - v.resolutionOnce} resolved complaints without exactly one resolution message`,
    );
  if (v.compensatedOnce !== v.resolvedComplaints)
    failures.push(
      `${v.resolvedComplaints - v.compensatedOnce} resolved complaints without exactly one compensation decision`,
    );
  if (lostCount(f) > 0) failures.push(`${lostCount(f)} events lost`);
  if (duplicateCount(f) > 0) failures.push(`${duplicateCount(f)} duplicates`);
  const ack = f.deliveries.acknowledgement?.delivered ?? 0;
  if (ack !== f.accepted) failures.push(`the sinks received ${ack} acknowledgements for ${f.accepted} complaints`);
  const resolution = f.deliveries.resolution?.delivered ?? 0;
  if (resolution !== v.resolvedComplaints)
    failures.push(
      `the sinks received ${resolution} resolution messages for ${v.resolvedComplaints} resolved complaints`,
    );
  if (f.deadLetters > 0) failures.push(`${f.deadLetters} dead letters`);
  if (redeliveredCount(f) > f.repeatBoundPerKill * f.notifierKills) {
    failures.push(
      `${redeliveredCount(f)} messages reached a customer twice, more than ${f.repeatBoundPerKill} per notifier kill`,
    );
  }
  const t = f.tarpit;
  if (t.failed + t.missing > 0)
    failures.push(
      `the tarpit client's acknowledgements: ${t.failed} failed and ${t.missing} never scheduled, within the give-up time`,
    );
  if (t.complaints > 0 && t.connections === 0) failures.push('the tarpit endpoint was never called');
  if (!(f.ackP99.calmMs <= f.ackP99.boundMs))
    failures.push(`the other clients' acknowledgement p99 ${s(f.ackP99.calmMs)} is over ${s(f.ackP99.boundMs)}`);
  if (!f.hostile) failures.push('the hostile burst did not run');
  else {
    const serverErrors = Object.entries(f.hostile.byStatus)
      .filter(([status]) => Number(status) >= 500)
      .reduce((n, [, count]) => n + count, 0);
    if (serverErrors + f.hostile.noAnswer > 0)
      failures.push(
        `the hostile client got ${serverErrors} 5xx answers and ${f.hostile.noAnswer} requests without an answer`,
      );
  }
  for (const fault of f.faults) if (fault.error) failures.push(`${fault.name}: ${fault.error}`);
  if (f.faults.length < 8) failures.push(`only ${f.faults.length} of 8 faults were injected`);
  return failures;
}
