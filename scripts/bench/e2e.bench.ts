import { EventType, topicFor } from '@redress/contracts';
import { readKafkaSecurity } from '@redress/platform';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppStack } from '../stack/app-stack';
import { startInfrastructure } from '../stack/infrastructure';
import { complaintBody } from '../stack/sample-complaint';
import { startSinks } from '../stack/sinks';
import { cpuPerThousandLine, postgresServerPid, startCpuMeter } from './cpu-time';
import { multiple } from './floors';
import { measureHopFloor } from './hop-floor';
import { percentile } from './percentile';
import { resetStatementStats, statementStatsReport, statementStatsSettings } from './statement-stats';

/**
 * `npm run bench:e2e`: posts complaints at a steady rate through the whole embedded stack (intake -> broker ->
 * notifier -> SMTP sink) and measures, per complaint, the time from sending the POST to the acknowledgement's
 * `customer.notified` event arriving on the broker. The steady state is measured after a warm-up at the same rate
 * (a fresh stack opens its connections, prepares its statements and compiles its hot code then); the warm-up's
 * figures are printed too. Prints p50, p99 and max, each as a multiple of a floor measured first in the same run at the
 * same rate (a bare kafkajs hop plus a bare SMTP send: hop-floor.ts), and the CPU time per 1,000 complaints of each
 * service, Postgres and the broker over the measured window. Stops by itself; fails only when something cannot run.
 */
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const DRAIN_MS = 30_000;

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')),
    persistent: false,
    env: {},
    postgresSettings: statementStatsSettings(),
  });
  const sinks = await startSinks({ keep: 0 });
  const stack = await startAppStack({
    infrastructure,
    database: 'bench_e2e',
    topicPrefix: '',
    brokerStartsEmpty: true,
    customerFacingFirst: process.env.BENCH_PRIORITY !== 'equal',
    // BENCH_SMTP=log leaves the SMTP sink out (emails go to the notifier's log), to tell its cost from the pipeline's.
    // Acknowledgements are measured as sent: customers who gave no window are reachable whatever the run's hour.
    env: {
      SMTP_URL: process.env.BENCH_SMTP === 'log' ? '' : sinks.smtpUrl,
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      LOG_LEVEL: 'warn',
      DEFAULT_CONTACT_WINDOW: '00:00-00:00',
    },
  });
  const kafka = new Kafka({
    clientId: 'bench-e2e',
    brokers: infrastructure.brokers.split(','),
    ...readKafkaSecurity(),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `bench-${randomUUID()}`, maxWaitTimeInMs: 10 });
  try {
    const sentAt = new Map<string, number>();
    const notifiedAt = new Map<string, number>();
    await consumer.connect();
    await consumer.subscribe({ topics: [topicFor(EventType.CustomerNotified, '')], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(message.value?.toString('utf8') ?? '{}');
        if (event.data?.kind === 'acknowledgement' && !notifiedAt.has(event.data.complaintId))
          notifiedAt.set(event.data.complaintId, performance.now());
      },
    });
    process.stdout.write(
      `floor: a bare kafkajs hop plus an SMTP send at ${RATE}/s for ${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s measured ...\n`,
    );
    const floor = await measureHopFloor({
      brokers: infrastructure.brokers,
      createTopic: (name) => infrastructure.createTopics([name]),
      smtpUrl: sinks.smtpUrl,
      rate: RATE,
      warmUpSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
    });
    const cpuPids = {
      ...Object.fromEntries(Object.entries(stack.services).map(([service, process]) => [service, process.pid])),
      postgres: await postgresServerPid(stack.databaseUrl),
      broker: infrastructure.embeddedBroker?.pid,
    };
    let cpuMeter: ReturnType<typeof startCpuMeter> | undefined;
    const apiKey = stack.secrets?.apiKey as string;
    const url = `${stack.services.intake.url}/complaints`;
    // Customers reachable at any hour (no contact window), so every acknowledgement goes at once.
    const sample = complaintBody();
    const body = JSON.stringify({ ...sample, customer: { ...(sample.customer as object), contactWindow: undefined } });
    let errors = 0;
    const errorKinds = new Map<string, number>();
    const failed = (kind: string) => {
      errors++;
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    };
    const posts: Promise<void>[] = [];
    const warmUpCount = RATE * WARMUP_SECONDS;
    const total = warmUpCount + RATE * SECONDS;
    const warmUpIds = new Set<string>();
    let measuredFrom = new Date();
    const started = performance.now();
    process.stdout.write(
      `posting ${total} complaints at ${RATE}/s for ${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s measured ...\n`,
    );
    for (let index = 0; index < total; index++) {
      const due = started + (index * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const postedAt = performance.now();
      const warmingUp = index < warmUpCount;
      if (index === warmUpCount) {
        measuredFrom = new Date();
        cpuMeter = startCpuMeter(cpuPids);
        resetStatementStats(stack.databaseUrl).catch((error: Error) => failed(`statement stats: ${error.message}`));
      }
      posts.push(
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body })
          .then(async (response) => {
            const answer = (await response.json()) as { id?: string };
            if (response.status !== 202 || !answer.id) failed(`HTTP ${response.status}`);
            else sentAt.set(answer.id, postedAt);
            if (warmingUp && answer.id) warmUpIds.add(answer.id);
          })
          .catch((error: Error) => failed(error.cause instanceof Error ? error.cause.message : error.message)),
      );
    }
    await Promise.all(posts);
    const postingSeconds = (performance.now() - started) / 1000;
    const deadline = Date.now() + DRAIN_MS;
    while (Date.now() < deadline && [...sentAt.keys()].some((id) => !notifiedAt.has(id)))
      await new Promise((resolve) => setTimeout(resolve, 200));
    const cpu = cpuMeter?.stop() ?? {};
    const statements = await statementStatsReport(stack.databaseUrl);
    const latencies = (warmUp: boolean) =>
      [...sentAt]
        .filter(([id]) => notifiedAt.has(id) && warmUpIds.has(id) === warmUp)
        .map(([id, at]) => (notifiedAt.get(id) as number) - at)
        .sort((a, b) => a - b);
    const steady = latencies(false);
    const warmUp = latencies(true);
    const figures = (values: number[]) =>
      `p50 ${percentile(values, 0.5).toFixed(1)} ms, p99 ${percentile(values, 0.99).toFixed(1)} ms, max ${(values.at(-1) ?? NaN).toFixed(1)} ms`;
    const acknowledged = steady.length + warmUp.length;
    process.stdout.write(
      [
        `e2e benchmark: POST /complaints at ${RATE}/s for ${WARMUP_SECONDS + SECONDS} s (${postingSeconds.toFixed(1)} s actual) through intake, the broker and the notifier to the SMTP sink`,
        `accepted ${sentAt.size} of ${total} (errors ${errors}${errors ? `: ${[...errorKinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}` : ''}); acknowledged ${acknowledged}; missing ${sentAt.size - acknowledged}`,
        `POST -> customer.notified (acknowledgement), steady state (${steady.length} complaints over ${SECONDS} s): ${figures(steady)} (target p99 < 250 ms)`,
        `  floor, a bare kafkajs produce-to-consume hop with the services' consumer settings plus an SMTP send to the same sink (${floor.latencies.length} at ${RATE}/s, ${floor.missing} missing): ` +
          `p50 ${percentile(floor.latencies, 0.5).toFixed(1)} ms, p99 ${percentile(floor.latencies, 0.99).toFixed(1)} ms`,
        `  acknowledgement as a multiple of the floor: p50 ${multiple(percentile(steady, 0.5), floor.p50)}, p99 ${multiple(percentile(steady, 0.99), floor.p99)}`,
        `  warm-up (the first ${warmUp.length} on the fresh stack, ${WARMUP_SECONDS} s): ${figures(warmUp)}`,
        `  ${cpuPerThousandLine(cpu, sentAt.size - warmUpIds.size)}, from the first measured POST to the last acknowledgement`,
      ].join('\n') + '\n',
    );
    // Where the time went, from the notifier's own rows: received by intake -> scheduled by the consumer -> sent.
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM n.created_at - c.received_at) * 1000) AS to_scheduled,
              percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM n.sent_at - n.created_at) * 1000) AS to_sent
       FROM notifier.notifications n JOIN notifier.complaints c ON c.id = n.complaint_id
       WHERE n.kind = 'acknowledgement' AND c.received_at >= $1`,
      [measuredFrom],
    );
    const relay = await db.query(
      `SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at) * 1000) AS published
       FROM intake.outbox WHERE event_type = 'complaint.received' AND created_at >= $1`,
      [measuredFrom],
    );
    await db.end();
    const ms = (values: number[] | null) => (values ?? []).map((value) => `${Number(value).toFixed(0)} ms`).join(' / ');
    process.stdout.write(
      `  steady-state stages (p50 / p99): intake receipt -> notifier scheduled ${ms(rows[0].to_scheduled)} (of which intake's relay publishing ${ms(relay.rows[0].published)}); scheduled -> sent ${ms(rows[0].to_sent)}\n`,
    );
    if (statements) process.stdout.write(`${statements}\n`);
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await stack.stop();
    await sinks.stop();
    await infrastructure.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
