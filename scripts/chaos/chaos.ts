import { EmbeddedBroker } from '@redress/infra';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { parseDuration } from '@redress/platform';
import { AppStack, startAppStack } from '../stack/app-stack';
import { Infrastructure, startInfrastructure } from '../stack/infrastructure';
import { DemoSecrets } from '../stack/provision';
import { Sinks, startSinks } from '../stack/sinks';
import { waitFor } from '../stack/wait-for';
import { createStormClients, deadLetterCount, postStorm } from '../storm/storm-scenario';
import { backlogAsOf, notificationKinds, readVerdict } from './chaos-checks';
import { brokerOutage, FaultSchedule, killAndRestart, planFaults } from './chaos-faults';
import { ChaosFigures, judge, printFigures } from './chaos-report';
import { resolveEveryRootCause } from './chaos-resolution';

/**
 * `npm run chaos`: CHAOS_COMPLAINTS (10,000) complaints at CHAOS_RATE (60/s) through the whole embedded stack while
 * each service is killed with SIGKILL once and restarted, and the broker refuses every connection for
 * CHAOS_BROKER_OUTAGE (30s) while intake keeps accepting. Clients retry a failed POST with the same Idempotency-Key.
 * Then the committee identifies the cause and the owner resolves it through the API, and the run checks: one
 * acknowledgement per complaint, one resolution message and one compensation decision per resolved complaint,
 * every outbox row published, every published event in each consuming service's inbox, no dead letters, no
 * duplicate delivery at the sinks. Prints the figures; exits 1 if a check fails. Every wait is bounded
 * (CHAOS_SETTLE_MINUTES, default 10).
 */
const TOTAL = Number(process.env.CHAOS_COMPLAINTS ?? 10_000);
const RATE = Number(process.env.CHAOS_RATE ?? 60);
const OUTAGE_MS = parseDuration(process.env.CHAOS_BROKER_OUTAGE ?? '30s');
const RESTART_AFTER_MS = parseDuration(process.env.CHAOS_RESTART_AFTER ?? '2s');
const SETTLE_MS = Number(process.env.CHAOS_SETTLE_MINUTES ?? 10) * 60_000;

async function main(): Promise<number> {
  const runId = randomBytes(3).toString('hex');
  const logPath = join(tmpdir(), `redress-chaos-${runId}.log`);
  const serviceLog = createWriteStream(logPath);
  print(`chaos run ${runId}: ${TOTAL} complaints at ${RATE}/s; service output in ${logPath}`);

  /** Deliveries per notification id, as the sinks received them. */
  const delivered = new Map<string, number>();
  let infrastructure: Infrastructure | undefined;
  let sinks: Sinks | undefined;
  let stack: AppStack | undefined;
  let db: Pool | undefined;
  try {
    infrastructure = await startInfrastructure({ dataDir: await mkdtemp(join(tmpdir(), 'redress-chaos-pg-')), persistent: false, env: {} });
    sinks = await startSinks({
      keep: 10,
      onMessage: (message) => {
        const id = message.headers['x-redress-notification'] ?? message.headers.reference ?? message.headers['x-redress-delivery'];
        if (id) delivered.set(id, (delivered.get(id) ?? 0) + 1);
      },
    });
    stack = await startAppStack({
      infrastructure,
      database: 'chaos',
      topicPrefix: '',
      brokerStartsEmpty: true,
      env: {
        SMTP_URL: sinks.smtpUrl,
        SMS_GATEWAY_URL: sinks.smsGatewayUrl,
        LOG_LEVEL: 'warn',
        COMPENSATION_MONTHLY_BUDGET: process.env.CHAOS_BUDGET ?? '15000000',
      },
      onLine: (service, line) => serviceLog.write(`${new Date().toISOString()} [${service}] ${line}\n`),
    });
    const services = stack.services;
    const secrets = stack.secrets as DemoSecrets;
    db = new Pool({ connectionString: stack.databaseUrl, max: 4 });
    const apiKeys = [secrets.apiKey, ...(await createStormClients(stack.databaseUrl, runId, 2))];

    const postingMs = (TOTAL / RATE) * 1000;
    const faults = planFaults(
      postingMs,
      OUTAGE_MS,
      (service) => killAndRestart(services[service], RESTART_AFTER_MS),
      brokerOutage(infrastructure.embeddedBroker as EmbeddedBroker, OUTAGE_MS),
    );
    print(`posting for about ${(postingMs / 1000).toFixed(0)} s; faults at ${faults.map((f) => `${f.name} t+${(f.atMs / 1000).toFixed(0)} s`).join(', ')}`);
    const schedule = new FaultSchedule(db, (line) => print(line), SETTLE_MS);
    const startedAt = performance.now();
    schedule.start(faults, startedAt);
    const posted = await postStorm(services.intake.url, apiKeys, {
      total: TOTAL,
      perSecond: RATE,
      runId,
      callbackUrl: sinks.webhookUrl,
      retryForMs: 120_000,
    });
    const ids = [...posted.sentAt.keys()];
    print(`posted in ${posted.seconds.toFixed(0)} s: ${ids.length} accepted, ${posted.errors} gave up, ${posted.retries} retried POSTs, ${posted.replayed} idempotent replays`);

    await schedule.finished();
    print('faults over; waiting for the pipeline to drain ...');
    const drainStarted = performance.now();
    await waitFor('every complaint linked, known to the notifier and acknowledged', () => backlogAsOf(db!, null), (b) => b.complaints === 0, { timeoutMs: SETTLE_MS, intervalMs: 1000 });
    const drainedMs = performance.now() - drainStarted;

    const resolution = await resolveEveryRootCause(db, services, secrets, ids, SETTLE_MS, (line) => print(line));
    await waitFor(
      'every resolved complaint messaged and compensated, every outbox row published and consumed',
      async () => ({ verdict: await readVerdict(db!, runId, ids), backlog: await backlogAsOf(db!, null) }),
      ({ verdict, backlog }) =>
        verdict.resolvedComplaints >= ids.length &&
        verdict.resolutionOnce >= verdict.resolvedComplaints &&
        verdict.compensatedOnce >= verdict.resolvedComplaints &&
        backlog.unsent === 0 &&
        backlog.unconsumed === 0,
      { timeoutMs: SETTLE_MS, intervalMs: 1000 },
    ).catch((error: Error) => print(`  ${error.message.slice(0, 500)}`));
    const settledAfterResolutionMs = performance.now() - resolution.resolvedAt;
    // Let any late redelivery reach the sinks before counting them.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const verdict = await readVerdict(db, runId, ids);
    const kinds = await notificationKinds(db, ids);
    const outage = schedule.records.find((fault) => !fault.service);
    const acceptedDuringOutage = outage?.from && outage.to
      ? (
          await db.query(`SELECT count(*)::int AS n FROM intake.complaints WHERE external_ref LIKE $1 AND received_at BETWEEN $2 AND $3`, [
            `${runId}-%`,
            outage.from,
            outage.to,
          ])
        ).rows[0].n
      : 0;
    const figures: ChaosFigures = {
      runId,
      total: TOTAL,
      rate: RATE,
      posted,
      accepted: ids.length,
      acceptedDuringOutage,
      verdict,
      deliveries: countDeliveries(delivered, kinds),
      deadLetters: await deadLetterCount(infrastructure.brokers, ''),
      faults: schedule.records,
      rootCauses: resolution.rootCauses,
      drainAfterFaultsMs: drainedMs,
      settledAfterResolutionMs,
    };
    printFigures(figures, print);
    const failures = judge(figures);
    for (const failure of failures) print(`FAILED: ${failure}`);
    print(failures.length === 0 ? 'chaos run passed' : `chaos run failed (${failures.length} checks); service output in ${logPath}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await db?.end().catch(() => undefined);
    await stack?.stop().catch(() => undefined);
    await sinks?.stop().catch(() => undefined);
    await infrastructure?.stop().catch(() => undefined);
    serviceLog.end();
  }
}

/** Per kind: notifications delivered at least once, and those delivered more than once. */
function countDeliveries(delivered: Map<string, number>, kinds: Map<string, string>): Record<string, { delivered: number; duplicates: number }> {
  const result: Record<string, { delivered: number; duplicates: number }> = {};
  for (const [id, times] of delivered) {
    const kind = kinds.get(id);
    if (!kind) continue; // not one of this run's complaints (demo data)
    const entry = (result[kind] ??= { delivered: 0, duplicates: 0 });
    entry.delivered++;
    if (times > 1) entry.duplicates++;
  }
  return result;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`chaos run failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
