import { EventType, ServiceName, topicFor } from '@redress/contracts';
import { readDuration, readKafkaSecurity } from '@redress/platform';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppStack } from '../stack/app-stack';
import { startInfrastructure } from '../stack/infrastructure';
import { DemoSecrets } from '../stack/provision';
import { startSinks } from '../stack/sinks';
import { formatTableSizes, REDRESS_SCHEMAS, tableSizes } from '../ops/table-sizes';
import { subscribeClient } from '../stack/subscribe-client';
import { readStormOutcome } from '../storm/storm-outcome';
import {
  assignmentOf,
  createStormClients,
  deadLetterCount,
  identifyCause,
  postStorm,
  resolveCause,
  topOfAgenda,
} from '../storm/storm-scenario';
import { waitFor } from '../stack/wait-for';
import { cpuPerThousandLine, postgresServerPid, startCpuMeter } from './cpu-time';
import { percentile } from './percentile';
import { resetStatementStats, statementStatsReport, statementStatsSettings } from './statement-stats';

/**
 * `npm run bench:storm`: 100,000 complaints about one outage within 10 minutes (STORM_COMPLAINTS, STORM_MINUTES)
 * from three client systems through the embedded stack; then the committee identifies the cause and the owner
 * resolves it. Prints acknowledgement latency during the storm, the root causes it made, the time from the
 * resolution to the last message and compensation, compensation against the budget, duplicates, dead letters and
 * each service's peak memory, and the CPU time per 1,000 complaints of each service, Postgres and the broker. Stops by itself (STORM_SETTLE_MINUTES bounds each wait).
 * BENCH_PG_STATEMENTS=1 adds what Postgres ran from the resolution to the last compensation.
 */
const TOTAL = Number(process.env.STORM_COMPLAINTS ?? 100_000);
const MINUTES = Number(process.env.STORM_MINUTES ?? 10);
const SETTLE_MS = Number(process.env.STORM_SETTLE_MINUTES ?? 20) * 60_000;
/**
 * Pruning on, every 30 s, with the shortest retentions the services accept: what the table sizes printed at the end
 * show is what pruning leaves, not an unpruned history. The outbox floor (1 h) and the inbox rule (topic retention
 * plus a day) outlast a short run: those tables hold every row of the run (docs/retention.md).
 */
const PRUNING_ENV = {
  PRUNE_INTERVAL: process.env.STORM_PRUNE_INTERVAL ?? '30s',
  OUTBOX_RETENTION: '1h',
  NOTIFICATION_BODY_RETENTION: process.env.STORM_BODY_RETENTION ?? '1m',
  WEBHOOK_DELIVERY_RETENTION: process.env.STORM_BODY_RETENTION ?? '1m',
  CHANGE_FEED_RETENTION: process.env.STORM_BODY_RETENTION ?? '1m',
};

async function main(): Promise<void> {
  const runId = randomBytes(3).toString('hex');
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-storm-pg-')),
    persistent: false,
    env: {},
    postgresSettings: statementStatsSettings(),
  });
  const sinks = await startSinks({ keep: 0 });
  const stack = await startAppStack({
    infrastructure,
    database: 'bench_storm',
    topicPrefix: '',
    brokerStartsEmpty: true,
    customerFacingFirst: process.env.BENCH_PRIORITY !== 'equal',
    env: {
      SMTP_URL: sinks.smtpUrl,
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      LOG_LEVEL: 'warn',
      COMPENSATION_MONTHLY_BUDGET: process.env.STORM_BUDGET ?? '15000000',
      // The storm happens at midday: customers who gave no window are reachable now, whatever the run's hour.
      DEFAULT_CONTACT_WINDOW: '00:00-00:00',
      ...PRUNING_ENV,
    },
  });
  const secrets = stack.secrets as DemoSecrets;
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const acknowledgedAt = new Map<string, number>();
  const consumer = new Kafka({
    clientId: 'bench-storm',
    brokers: infrastructure.brokers.split(','),
    ...readKafkaSecurity(),
    logLevel: logLevel.NOTHING,
  }).consumer({
    groupId: `bench-storm-${runId}`,
    maxWaitTimeInMs: 20,
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topicFor(EventType.CustomerNotified, '')], fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          const data = JSON.parse(message.value?.toString('utf8') ?? '{}').data;
          if (data?.kind === 'acknowledgement' && !acknowledgedAt.has(data.complaintId))
            acknowledgedAt.set(data.complaintId, performance.now());
        }
      },
    });
    const apiKeys = [secrets.apiKey, ...(await createStormClients(stack.databaseUrl, runId, 2))];
    // Customers' webhooks are signed with their client's own secret, which comes with a subscription.
    for (const key of apiKeys) await subscribeClient(stack.services.intake.url, key, sinks.webhookUrl);
    const resources = watchPeakMemory(stack.services);
    const cpuMeter = startCpuMeter({
      ...Object.fromEntries(Object.entries(stack.services).map(([service, process]) => [service, process.pid])),
      postgres: await postgresServerPid(stack.databaseUrl),
      broker: infrastructure.embeddedBroker?.pid,
    });
    const perSecond = TOTAL / (MINUTES * 60);
    print(`storm: posting ${TOTAL} complaints at ${perSecond.toFixed(0)}/s from ${apiKeys.length} client systems ...`);
    const posted = await postStorm(stack.services.intake.url, apiKeys, {
      total: TOTAL,
      perSecond,
      runId,
      callbackUrl: sinks.webhookUrl,
    });
    const ids = [...posted.sentAt.keys()];
    print(`posted in ${posted.seconds.toFixed(0)} s, ${posted.errors} errors; waiting for every acknowledgement ...`);
    await waitFor(
      'every acknowledgement',
      async () => acknowledgedAt.size,
      (count) => count >= ids.length,
      { timeoutMs: SETTLE_MS, intervalMs: 2000 },
    );
    const ackMs = ids
      .map((id) => (acknowledgedAt.get(id) as number) - (posted.sentAt.get(id) as number))
      .sort((a, b) => a - b);

    const rootCause = await waitFor(
      'triage to link the storm',
      () => topOfAgenda(stack.services.triage.url, secrets),
      (top) => (top?.complaintCount ?? 0) >= ids.length,
      { timeoutMs: SETTLE_MS, intervalMs: 2000 },
    );
    const linked = await readStormOutcome(db, ids);
    await identifyCause(stack.services.triage.url, secrets, rootCause!.id);
    const assignmentId = await waitFor(
      'the assignment',
      () => assignmentOf(stack.services.escalation.url, secrets, rootCause!.id),
      Boolean,
      { timeoutMs: SETTLE_MS },
    );
    // BENCH_PG_STATEMENTS=1: what Postgres runs to fan the resolution out.
    await resetStatementStats(stack.databaseUrl);
    const resolvedAt = Date.now();
    await resolveCause(stack.services.escalation.url, secrets, assignmentId!);
    print('resolved; waiting for every resolution message and compensation ...');
    const settled = await waitFor(
      'every resolution message and compensation',
      () => readStormOutcome(db, ids),
      (now) => now.resolutions + now.failedResolutions >= ids.length && now.compensations >= ids.length,
      { timeoutMs: SETTLE_MS, intervalMs: 2000 },
    );
    const lastTimes = (
      await db.query(
        `SELECT (SELECT max(sent_at) FROM notifier.notifications WHERE kind = 'resolution' AND complaint_id = ANY($1::uuid[])) AS message,
                (SELECT max(created_at) FROM notifier.compensations WHERE complaint_id = ANY($1::uuid[])) AS compensation`,
        [ids],
      )
    ).rows[0];
    const statements = await statementStatsReport(stack.databaseUrl);
    const cpu = cpuMeter.stop();
    const peaks = await resources.stop();
    const seconds = (at: Date) => ((at.getTime() - resolvedAt) / 1000).toFixed(0);
    print(
      [
        `storm benchmark: ${TOTAL} complaints over ${MINUTES} min (${perSecond.toFixed(0)}/s) from ${apiKeys.length} client systems, whole embedded stack on 2 cores`,
        `  accepted ${ids.length} (errors ${posted.errors}); POST answered p50 ${ms(percentile(posted.answerMs, 0.5))}, p99 ${ms(percentile(posted.answerMs, 0.99))}, max ${ms(posted.answerMs.at(-1))}`,
        `  acknowledgement sent to the customer (POST -> customer.notified): p50 ${ms(percentile(ackMs, 0.5))}, p99 ${ms(percentile(ackMs, 0.99))}, max ${ms(ackMs.at(-1))} (goal p99 < 1 s)`,
        `  root causes made by the storm: ${linked.rootCauses} (goal 1)`,
        `  after the resolution: last resolution message at +${seconds(lastTimes.message)} s, last compensation at +${seconds(lastTimes.compensation)} s (goal 300 s)`,
        `  messages: ${settled.acknowledgements} acknowledgements, ${settled.resolutions} resolutions sent, ${settled.failedResolutions} failed; duplicates ${settled.duplicateMessages}`,
        `  compensations: ${settled.compensations} decisions (${settled.duplicateCompensations} duplicates), ${settled.granted.count} paid ${(settled.granted.minorUnits / 100).toFixed(2)} RUB, ${settled.review} to review; budget used ${((settled.budget?.used ?? 0) / 100).toFixed(2)} of ${((settled.budget?.limit ?? 0) / 100).toFixed(2)} RUB`,
        `  dead letters: ${await deadLetterCount(infrastructure.brokers, '')} (goal 0)`,
        `  peak resident memory: ${Object.entries(peaks)
          .map(([service, mb]) => `${service} ${mb} MB`)
          .join(', ')} (goal < 512 MB each)`,
        `  ${cpuPerThousandLine(cpu, ids.length)}, from the first POST to the last compensation`,
      ].join('\n'),
    );
    if (statements) print(`the resolution's fan-out:\n${statements}`);
    await printTableSizes(db);
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await db.end();
    await stack.stop();
    await sinks.stop();
    await infrastructure.stop();
  }
}

/**
 * Rows (counted) and bytes of every non-empty table after one more pruning round, as `npm run db:sizes` prints them:
 * whether the operational tables stay flat under pruning (issue 27).
 */
async function printTableSizes(db: Client): Promise<void> {
  const pruneMs = readDuration(PRUNING_ENV, 'PRUNE_INTERVAL', '30s') + 5000;
  print(`waiting ${pruneMs / 1000} s for a pruning round, then measuring the tables ...`);
  await new Promise((resolve) => setTimeout(resolve, pruneMs));
  const query = async (sql: string, parameters?: unknown[]) => (await db.query(sql, parameters)).rows;
  await db.query('ANALYZE');
  const sizes = await tableSizes({ query } as Parameters<typeof tableSizes>[0], REDRESS_SCHEMAS, true);
  print(
    `table sizes with pruning on (${Object.entries(PRUNING_ENV)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ')}):\n${formatTableSizes(sizes.filter((size) => size.rows > 0))}`,
  );
}

/** Samples each service's peak resident set (VmHWM, kept by the kernel) until stopped; MB per service. */
function watchPeakMemory(services: Record<ServiceName, { pid?: number }>) {
  const peaks: Record<string, number> = {};
  const sample = async () => {
    for (const [service, process] of Object.entries(services)) {
      const status = await readFile(`/proc/${process.pid}/status`, 'utf8').catch(() => '');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peaks[service] = Math.max(peaks[service] ?? 0, Math.round(kb / 1024));
    }
  };
  const timer = setInterval(() => void sample(), 5000);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample();
      return peaks;
    },
  };
}

function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
