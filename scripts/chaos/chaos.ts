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
import { subscribeClient } from '../stack/subscribe-client';
import { waitFor } from '../stack/wait-for';
import { createClients, deadLetterCount, postStorm } from '../storm/storm-scenario';
import { startTarpit, Tarpit } from '../stack/tarpit';
import { BurstOutcome, hostileBurst } from './hostile-burst';
import { acknowledgementTimes, calmP99, countCalm, disturbedIntervals, tarpitOutcome } from './chaos-latency';
import { backlogAsOf, notificationKinds, readVerdict } from './chaos-checks';
import { brokerOutage, FaultSchedule, killAndRestart, planFaults, sleep } from './chaos-faults';
import { ChaosFigures, judge, printFigures } from './chaos-report';
import { resolveEveryRootCause } from './chaos-resolution';

/**
 * `npm run chaos`: CHAOS_COMPLAINTS (10,000) complaints at CHAOS_RATE (60/s) through the whole embedded stack while
 * faults come one after another: a hostile client's burst (CHAOS_HOSTILE_REQUESTS, 3,000: floods, oversized, broken
 * and mis-encoded bodies), each service killed with SIGKILL and restarted, Postgres down for CHAOS_POSTGRES_OUTAGE
 * (30s), the broker refusing every connection for CHAOS_BROKER_OUTAGE (30s), and the mail server refusing service for
 * CHAOS_MAIL_OUTAGE (5m). All along, one more client's customers are answered through a webhook that accepts
 * connections and never answers (a tarpit). Clients retry a failed POST with the same Idempotency-Key. Then the
 * committee identifies the cause and the owner resolves it through the API.
 *
 * Judged on what customers see, counted by notification id at the sinks: every complaint acknowledged and resolved
 * exactly once in the database; every acknowledgement and resolution message delivered at least once; repeats of a
 * message at most the notifier's sends in flight per notifier kill; the tarpit client's messages pending, not lost or
 * failed; no dead letters; the hostile client never answered 5xx; the other clients' acknowledgement p99, over
 * complaints posted while no other fault was under way, within CHAOS_ACK_P99_BOUND (5s). Prints the figures; exits 1
 * if a check fails. Every wait is bounded (CHAOS_SETTLE_MINUTES, default 10).
 */
const TOTAL = Number(process.env.CHAOS_COMPLAINTS ?? 10_000);
const RATE = Number(process.env.CHAOS_RATE ?? 60);
const BROKER_OUTAGE_MS = parseDuration(process.env.CHAOS_BROKER_OUTAGE ?? '30s');
const POSTGRES_OUTAGE_MS = parseDuration(process.env.CHAOS_POSTGRES_OUTAGE ?? '30s');
const MAIL_OUTAGE_MS = parseDuration(process.env.CHAOS_MAIL_OUTAGE ?? '5m');
const HOSTILE_REQUESTS = Number(process.env.CHAOS_HOSTILE_REQUESTS ?? 3000);
const ACK_P99_BOUND_MS = parseDuration(process.env.CHAOS_ACK_P99_BOUND ?? '5s');
const RESTART_AFTER_MS = parseDuration(process.env.CHAOS_RESTART_AFTER ?? '2s');
/** Sends the notifier has on the wire at once at most (DELIVERY_CONCURRENCY): a kill can repeat at most those. */
const REPEAT_BOUND_PER_KILL = Number(process.env.DELIVERY_CONCURRENCY ?? 64);
const SETTLE_MS = Number(process.env.CHAOS_SETTLE_MINUTES ?? 10) * 60_000;

async function main(): Promise<number> {
  const runId = randomBytes(3).toString('hex');
  const logPath = join(tmpdir(), `redress-chaos-${runId}.log`);
  const serviceLog = createWriteStream(logPath);
  print(`chaos run ${runId}: ${TOTAL} complaints at ${RATE}/s; service output in ${logPath}`);

  /** Deliveries per notification id as the sinks received them, and when the first one arrived (performance.now()). */
  const delivered = new Map<string, number>();
  const firstArrival = new Map<string, number>();
  let infrastructure: Infrastructure | undefined;
  let sinks: Sinks | undefined;
  let tarpit: Tarpit | undefined;
  let stack: AppStack | undefined;
  let db: Pool | undefined;
  try {
    infrastructure = await startInfrastructure({
      dataDir: await mkdtemp(join(tmpdir(), 'redress-chaos-pg-')),
      persistent: false,
      env: {},
    });
    sinks = await startSinks({
      keep: 10,
      onMessage: (message) => {
        const id =
          message.headers['x-redress-notification'] ??
          message.headers.reference ??
          message.headers['x-redress-delivery'];
        if (!id) return;
        delivered.set(id, (delivered.get(id) ?? 0) + 1);
        if (!firstArrival.has(id)) firstArrival.set(id, performance.now());
      },
    });
    tarpit = await startTarpit();
    stack = await startAppStack({
      infrastructure,
      database: 'chaos',
      topicPrefix: '',
      brokerStartsEmpty: true,
      env: {
        SMTP_URL: sinks.smtpUrl,
        SMS_GATEWAY_URL: sinks.smsGatewayUrl,
        WEBHOOK_ALLOWED_HOSTS: `${new URL(sinks.webhookUrl).hostname},${new URL(tarpit.url).hostname}`,
        LOG_LEVEL: 'warn',
        COMPENSATION_MONTHLY_BUDGET: process.env.CHAOS_BUDGET ?? '15000000',
        // The storm happens at midday: customers who gave no window are reachable now, whatever the run's hour.
        DEFAULT_CONTACT_WINDOW: '00:00-00:00',
      },
      onLine: (service, line) => serviceLog.write(`${new Date().toISOString()} [${service}] ${line}\n`),
    });
    const services = stack.services;
    const secrets = stack.secrets as DemoSecrets;
    db = new Pool({ connectionString: stack.databaseUrl, max: 4 });
    // The run takes Postgres down: an idle connection it drops is replaced, not a crash of the run.
    db.on('error', () => undefined);
    const tarpitClient = `chaos-${runId}-tarpit`;
    const [hostileKey, tarpitKey, ...stormKeys] = await createClients(stack.databaseUrl, [
      `chaos-${runId}-hostile`,
      tarpitClient,
      `storm-${runId}-0`,
      `storm-${runId}-1`,
    ]);
    const apiKeys = [secrets.apiKey, ...stormKeys];
    // Customers' webhooks are signed with their client's own secret, which comes with a subscription; its own
    // deliveries go to the sink, while the tarpit client's customers' webhooks still go to their callbackUrl.
    for (const key of [...apiKeys, tarpitKey]) await subscribeClient(services.intake.url, key, sinks!.webhookUrl);

    const postingMs = (TOTAL / RATE) * 1000;
    const embeddedPostgres = infrastructure.embeddedPostgres;
    if (!embeddedPostgres)
      throw new Error('the chaos run takes Postgres down: run it on the embedded stack (no DATABASE_URL)');
    let burst: BurstOutcome | undefined;
    const faults = planFaults(
      postingMs,
      { brokerMs: BROKER_OUTAGE_MS, postgresMs: POSTGRES_OUTAGE_MS, mailMs: MAIL_OUTAGE_MS },
      {
        kill: (service) => killAndRestart(services[service], RESTART_AFTER_MS),
        brokerOutage: brokerOutage(infrastructure.embeddedBroker as EmbeddedBroker, BROKER_OUTAGE_MS),
        postgresOutage: () => embeddedPostgres.outage(POSTGRES_OUTAGE_MS),
        mailOutage: async () => {
          sinks!.refuseMail(true);
          await sleep(MAIL_OUTAGE_MS);
          sinks!.refuseMail(false);
        },
        hostileBurst: async () => {
          burst = await hostileBurst(services.intake.url, hostileKey, runId, HOSTILE_REQUESTS);
          print(
            `  hostile burst: ${burst.requests} requests in ${burst.seconds.toFixed(1)} s, answers ${JSON.stringify(burst.byStatus)}, no answer ${burst.noAnswer}`,
          );
        },
      },
    );
    print(
      `posting for about ${(postingMs / 1000).toFixed(0)} s; faults at ${faults.map((f) => `${f.name} t+${(f.atMs / 1000).toFixed(0)} s`).join(', ')}`,
    );
    const schedule = new FaultSchedule(db, (line) => print(line), SETTLE_MS, [tarpitClient]);
    const startedAt = performance.now();
    schedule.start(faults, startedAt);
    const [posted, tarpitPosted] = await Promise.all([
      postStorm(services.intake.url, apiKeys, {
        total: TOTAL,
        perSecond: RATE,
        runId,
        callbackUrl: sinks.webhookUrl,
        retryForMs: 120_000,
      }),
      postStorm(services.intake.url, [tarpitKey], {
        total: Math.ceil(TOTAL / 20),
        perSecond: RATE / 20,
        runId: `${runId}t`,
        callbackUrl: tarpit.url,
        onlyWebhook: true,
        retryForMs: 120_000,
      }),
    ]);
    const ids = [...posted.sentAt.keys()];
    const tarpitIds = [...tarpitPosted.sentAt.keys()];
    print(
      `posted in ${posted.seconds.toFixed(0)} s: ${ids.length} accepted, ${posted.errors} gave up, ${posted.retries} retried POSTs, ${posted.replayed} idempotent replays; the tarpit client ${tarpitIds.length}`,
    );

    await schedule.finished();
    print('faults over; waiting for the pipeline to drain ...');
    const drainStarted = performance.now();
    await waitFor(
      'every complaint linked, known to the notifier and acknowledged',
      () => backlogAsOf(db!, null, undefined, [tarpitClient]),
      (b) => b.complaints === 0,
      { timeoutMs: SETTLE_MS, intervalMs: 1000 },
    );
    const drainedMs = performance.now() - drainStarted;

    const resolution = await resolveEveryRootCause(db, services, secrets, [...ids, ...tarpitIds], SETTLE_MS, (line) =>
      print(line),
    );
    await waitFor(
      'every resolved complaint messaged and compensated, every outbox row published and consumed',
      async () => ({
        verdict: await readVerdict(db!, runId, ids),
        backlog: await backlogAsOf(db!, null, undefined, [tarpitClient]),
      }),
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
    const acknowledgementMs = await acknowledgementTimes(db, posted.sentAt, firstArrival);
    const disturbed = disturbedIntervals(schedule.records, startedAt);
    const outage = schedule.records.find((fault) => !fault.service);
    const acceptedDuringOutage =
      outage?.from && outage.to
        ? (
            await db.query(
              `SELECT count(*)::int AS n FROM intake.complaints WHERE external_ref LIKE $1 AND received_at BETWEEN $2 AND $3`,
              [`${runId}-%`, outage.from, outage.to],
            )
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
      tarpit: { ...(await tarpitOutcome(db, tarpitIds)), connections: tarpit.connections() },
      hostile: burst,
      ackP99: {
        calmMs: calmP99(acknowledgementMs, posted.sentAt, disturbed),
        boundMs: ACK_P99_BOUND_MS,
        calmComplaints: countCalm(posted.sentAt, disturbed),
      },
      notifierKills: schedule.records.filter((fault) => fault.service === 'notifier').length,
      repeatBoundPerKill: REPEAT_BOUND_PER_KILL,
      deadLetters: await deadLetterCount(infrastructure.brokers, ''),
      faults: schedule.records,
      rootCauses: resolution.rootCauses,
      drainAfterFaultsMs: drainedMs,
      settledAfterResolutionMs,
    };
    printFigures(figures, print);
    const failures = judge(figures);
    for (const failure of failures) print(`FAILED: ${failure}`);
    print(
      failures.length === 0
        ? 'chaos run passed'
        : `chaos run failed (${failures.length} checks); service output in ${logPath}`,
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    await db?.end().catch(() => undefined);
    await stack?.stop().catch(() => undefined);
    await sinks?.stop().catch(() => undefined);
    await tarpit?.stop().catch(() => undefined);
    await infrastructure?.stop().catch(() => undefined);
    serviceLog.end();
  }
}

/** Per kind: notifications delivered at least once, and those delivered more than once. */
function countDeliveries(
  delivered: Map<string, number>,
  kinds: Map<string, string>,
): Record<string, { delivered: number; duplicates: number }> {
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
