import { EventType, topicFor } from '@redress/contracts';
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
import { percentile } from './percentile';

/**
 * `npm run bench:e2e`: posts complaints at a steady rate through the whole embedded stack (intake -> broker ->
 * notifier -> SMTP sink) and measures, per complaint, the time from sending the POST to the acknowledgement's
 * `customer.notified` event arriving on the broker. Prints p50, p99 and max. Stops by itself.
 */
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const DRAIN_MS = 30_000;

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure({ dataDir: await mkdtemp(join(tmpdir(), 'redress-bench-pg-')), persistent: false, env: {} });
  const sinks = await startSinks({ keep: 0 });
  const stack = await startAppStack({
    infrastructure,
    database: 'bench_e2e',
    topicPrefix: '',
    brokerStartsEmpty: true,
    customerFacingFirst: process.env.BENCH_PRIORITY !== 'equal',
    // BENCH_SMTP=log leaves the SMTP sink out (emails go to the notifier's log), to tell its cost from the pipeline's.
    env: { SMTP_URL: process.env.BENCH_SMTP === 'log' ? '' : sinks.smtpUrl, SMS_GATEWAY_URL: sinks.smsGatewayUrl, LOG_LEVEL: 'warn' },
  });
  const kafka = new Kafka({ clientId: 'bench-e2e', brokers: infrastructure.brokers.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `bench-${randomUUID()}`, maxWaitTimeInMs: 10 });
  try {
    const sentAt = new Map<string, number>();
    const notifiedAt = new Map<string, number>();
    await consumer.connect();
    await consumer.subscribe({ topics: [topicFor(EventType.CustomerNotified, '')], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(message.value?.toString('utf8') ?? '{}');
        if (event.data?.kind === 'acknowledgement' && !notifiedAt.has(event.data.complaintId)) notifiedAt.set(event.data.complaintId, performance.now());
      },
    });
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
    const total = RATE * SECONDS;
    const started = performance.now();
    process.stdout.write(`posting ${total} complaints at ${RATE}/s for ${SECONDS} s ...\n`);
    for (let index = 0; index < total; index++) {
      const due = started + (index * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const postedAt = performance.now();
      posts.push(
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body })
          .then(async (response) => {
            const answer = (await response.json()) as { id?: string };
            if (response.status !== 202 || !answer.id) failed(`HTTP ${response.status}`);
            else sentAt.set(answer.id, postedAt);
          })
          .catch((error: Error) => failed(error.cause instanceof Error ? error.cause.message : error.message)),
      );
    }
    await Promise.all(posts);
    const postingSeconds = (performance.now() - started) / 1000;
    const deadline = Date.now() + DRAIN_MS;
    while (Date.now() < deadline && [...sentAt.keys()].some((id) => !notifiedAt.has(id))) await new Promise((resolve) => setTimeout(resolve, 200));
    const latencies = [...sentAt].filter(([id]) => notifiedAt.has(id)).map(([id, at]) => (notifiedAt.get(id) as number) - at).sort((a, b) => a - b);
    process.stdout.write(
      [
        `e2e benchmark: POST /complaints at ${RATE}/s for ${SECONDS} s (${postingSeconds.toFixed(1)} s actual) through intake, the broker and the notifier to the SMTP sink`,
        `accepted ${sentAt.size} of ${total} (errors ${errors}${errors ? `: ${[...errorKinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}` : ''}); acknowledged ${latencies.length}; missing ${sentAt.size - latencies.length}`,
        `POST -> customer.notified (acknowledgement): p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms (target p99 < 250 ms)`,
      ].join('\n') + '\n',
    );
    // Where the time went, from the notifier's own rows: received by intake -> scheduled by the consumer -> sent.
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM n.created_at - c.received_at) * 1000) AS to_scheduled,
              percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM n.sent_at - n.created_at) * 1000) AS to_sent
       FROM notifier.notifications n JOIN notifier.complaints c ON c.id = n.complaint_id WHERE n.kind = 'acknowledgement'`,
    );
    const relay = await db.query(
      `SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at) * 1000) AS published
       FROM intake.outbox WHERE event_type = 'complaint.received'`,
    );
    await db.end();
    const ms = (values: number[] | null) => (values ?? []).map((value) => `${Number(value).toFixed(0)} ms`).join(' / ');
    process.stdout.write(`  stages (p50 / p99): intake receipt -> notifier scheduled ${ms(rows[0].to_scheduled)} (of which intake's relay publishing ${ms(relay.rows[0].published)}); scheduled -> sent ${ms(rows[0].to_sent)}\n`);
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
