import { SERVICES } from '@redress/contracts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { bytes, REDRESS_SCHEMAS, tableSizes, TableSize } from '../ops/table-sizes';
import { startAppStack } from '../stack/app-stack';
import { startInfrastructure } from '../stack/infrastructure';
import { DemoSecrets } from '../stack/provision';
import { startSinks } from '../stack/sinks';
import { subscribeClient } from '../stack/subscribe-client';
import { waitFor } from '../stack/wait-for';
import { readStormOutcome } from '../storm/storm-outcome';
import {
  assignmentOf,
  createStormClients,
  identifyCause,
  postStorm,
  resolveCause,
  topOfAgenda,
} from '../storm/storm-scenario';

/**
 * `npm run bench:retention`: whether the operational tables stop growing. The whole pipeline runs in rounds
 * (RETENTION_ROUNDS, default 8), each RETENTION_COMPLAINTS complaints (default 300) from two client systems with
 * webhook subscriptions, taken through triage, the committee, escalation, resolution, messages and compensation.
 * Each round stands for one day: the services run on the real clock, so after a round the bench moves the age
 * columns the pruner reads (outbox `sent_at`, inbox `consumed_at`, idempotency keys' `created_at`, the change
 * feed's `recorded_at`, finished webhook deliveries' `due_at`) one day back, as if a day had passed, then waits for
 * a pruning round and prints every table's rows and bytes. Retentions in days: outbox 2, inbox 2 (topics 1),
 * idempotency keys 1, change feed 3, webhook deliveries 1; message bodies 1 minute on the real clock. The product's record (complaints, timelines,
 * messages, compensations) grows with every round, as it should; the operational tables level off.
 */
const ROUNDS = Number(process.env.RETENTION_ROUNDS ?? 8);
const PER_ROUND = Number(process.env.RETENTION_COMPLAINTS ?? 300);
const SETTLE_MS = 15 * 60_000;
const PRUNE_INTERVAL_MS = 5_000;

const RETENTION_ENV = {
  PRUNE_INTERVAL: `${PRUNE_INTERVAL_MS / 1000}s`,
  OUTBOX_RETENTION: '2d',
  TOPIC_RETENTION: '1d',
  INBOX_RETENTION: '2d',
  IDEMPOTENCY_KEY_TTL: '24h',
  CHANGE_FEED_RETENTION: '3d',
  NOTIFICATION_BODY_RETENTION: '1m',
  WEBHOOK_DELIVERY_RETENTION: '1d',
};

/** The age columns moved back a day after each round: what the pruner measures age by, and nothing else reads. */
const AGE_COLUMNS: { table: string; column: string; where?: string }[] = [
  ...SERVICES.flatMap((schema) => [
    { table: `${schema}.outbox`, column: 'sent_at' },
    { table: `${schema}.inbox`, column: 'consumed_at' },
  ]),
  { table: 'intake.idempotency_keys', column: 'created_at' },
  { table: 'intake.client_changes', column: 'recorded_at' },
  // A pending delivery's due_at says when to send it: only finished ones age.
  { table: 'intake.webhook_deliveries', column: 'due_at', where: "status <> 'pending'" },
];

/** The tables printed round by round: the operational ones, then the product's record for comparison. */
const WATCHED = [
  'intake.client_changes',
  'intake.outbox',
  'intake.inbox',
  'intake.idempotency_keys',
  'intake.webhook_deliveries',
  'intake.webhook_attempts',
  'triage.outbox',
  'triage.inbox',
  'escalation.outbox',
  'escalation.inbox',
  'notifier.outbox',
  'notifier.inbox',
  'intake.complaints',
  'intake.complaint_events',
  'notifier.notifications',
];

async function main(): Promise<void> {
  const runId = Math.random().toString(36).slice(2, 8);
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-retention-pg-')),
    persistent: false,
    env: {},
  });
  const sinks = await startSinks({ keep: 0 });
  const stack = await startAppStack({
    infrastructure,
    database: 'bench_retention',
    topicPrefix: '',
    brokerStartsEmpty: true,
    env: {
      SMTP_URL: sinks.smtpUrl,
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      LOG_LEVEL: 'warn',
      DEFAULT_CONTACT_WINDOW: '00:00-00:00',
      ...RETENTION_ENV,
    },
  });
  const secrets = stack.secrets as DemoSecrets;
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const history: TableSize[][] = [];
  try {
    const apiKeys = [secrets.apiKey, ...(await createStormClients(stack.databaseUrl, runId, 1))];
    for (const key of apiKeys) await subscribeClient(stack.services.intake.url, key, sinks.webhookUrl);
    print(
      `retention: ${ROUNDS} rounds of ${PER_ROUND} complaints, one simulated day each (${Object.entries(RETENTION_ENV)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ')})`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const started = Date.now();
      await runRound(stack.services, secrets, db, apiKeys, `${runId}r${round}`);
      await passADay(db);
      // One pruning round after the day passed (a round starts at most PRUNE_INTERVAL from now and takes a moment).
      await new Promise((resolve) => setTimeout(resolve, 2 * PRUNE_INTERVAL_MS + 2000));
      // What autovacuum does in its own time: space freed by pruning is reused by the next rows.
      await db.query('VACUUM ANALYZE');
      const query = async (sql: string, values?: unknown[]) => (await db.query(sql, values)).rows;
      const sizes = await tableSizes({ query } as Parameters<typeof tableSizes>[0], REDRESS_SCHEMAS, true);
      history.push(sizes);
      print(`round ${round} (day ${round}) done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${summary(sizes)}`);
    }
    print(`\nrows per table after each round (day):\n${matrix(history, (size) => String(size.rows))}`);
    print(`\nbytes per table after each round (day):\n${matrix(history, (size) => bytes(size.totalBytes))}`);
    print(`\nall tables per schema after each round:\n${schemaTotals(history)}`);
  } finally {
    await db.end();
    await stack.stop();
    await sinks.stop();
    await infrastructure.stop();
  }
}

/** One day's complaints, through every service: filed, acknowledged, grouped, decided, resolved, compensated. */
async function runRound(
  services: { intake: { url: string }; triage: { url: string }; escalation: { url: string } },
  secrets: DemoSecrets,
  db: Client,
  apiKeys: string[],
  runId: string,
): Promise<void> {
  const posted = await postStorm(services.intake.url, apiKeys, {
    total: PER_ROUND,
    perSecond: 50,
    runId,
    callbackUrl: undefined,
  });
  const ids = [...posted.sentAt.keys()];
  const rootCause = await waitFor(
    'triage to group the round',
    () => topOfAgenda(services.triage.url, secrets),
    (top) => (top?.complaintCount ?? 0) >= ids.length,
    { timeoutMs: SETTLE_MS, intervalMs: 1000 },
  );
  await identifyCause(services.triage.url, secrets, rootCause!.id);
  const assignmentId = await waitFor(
    'the assignment',
    () => assignmentOf(services.escalation.url, secrets, rootCause!.id),
    Boolean,
    { timeoutMs: SETTLE_MS },
  );
  await resolveCause(services.escalation.url, secrets, assignmentId!);
  await waitFor(
    'every resolution message and compensation',
    () => readStormOutcome(db, ids),
    (now) => now.resolutions + now.failedResolutions >= ids.length && now.compensations >= ids.length,
    { timeoutMs: SETTLE_MS, intervalMs: 1000 },
  );
}

/** The simulated clock: every age the pruner reads is one day older. */
async function passADay(db: Client): Promise<void> {
  for (const { table, column, where = 'true' } of AGE_COLUMNS)
    await db.query(
      `UPDATE ${table} SET ${column} = ${column} - interval '1 day' WHERE ${column} IS NOT NULL AND ${where}`,
    );
}

function summary(sizes: TableSize[]): string {
  const of = (name: string) => sizes.find((size) => `${size.schema}.${size.table}` === name);
  return ['intake.client_changes', 'intake.outbox', 'intake.inbox', 'intake.complaints']
    .map((name) => `${name} ${of(name)?.rows ?? 0}`)
    .join(', ');
}

function matrix(history: TableSize[][], cell: (size: TableSize) => string): string {
  const width = Math.max(...WATCHED.map((name) => name.length));
  const header = `  ${'table'.padEnd(width)}  ${history.map((_, index) => `day ${index + 1}`.padStart(9)).join('  ')}`;
  const lines = WATCHED.map((name) => {
    const cells = history.map((sizes) => {
      const size = sizes.find((candidate) => `${candidate.schema}.${candidate.table}` === name);
      return (size ? cell(size) : '-').padStart(9);
    });
    return `  ${name.padEnd(width)}  ${cells.join('  ')}`;
  });
  return [header, ...lines].join('\n');
}

function schemaTotals(history: TableSize[][]): string {
  return REDRESS_SCHEMAS.map((schema) => {
    const cells = history.map((sizes) => {
      const tables = sizes.filter((size) => size.schema === schema);
      const rows = tables.reduce((sum, size) => sum + size.rows, 0);
      return `${rows} / ${bytes(tables.reduce((sum, size) => sum + size.totalBytes, 0))}`.padStart(20);
    });
    return `  ${schema.padEnd(10)}  ${cells.join('  ')}`;
  }).join('\n');
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
