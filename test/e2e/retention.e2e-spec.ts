import { findFreePort } from '@redress/infra';
import { randomUUID } from 'node:crypto';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS);

/** Pruning in the running services: each prunes its own expired rows, keeps the rest, and says so in its metrics. */
describeE2E('retention', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // Rounds every second, two rows a batch: a handful of expired rows takes several batches.
    stack = await startTestStack('retention', { PRUNE_INTERVAL: '1s', PRUNE_BATCH_SIZE: '2' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const metric = async (service: 'intake' | 'triage' | 'escalation' | 'notifier', name: string, table: string) => {
    const text = await (await fetch(`${stack.services[service].url}/metrics`)).text();
    const line = text.split('\n').find((row) => row.startsWith(`${name}{`) && row.includes(`table="${table}"`));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  };
  const count = async (sql: string, values: unknown[] = []) =>
    Number((await stack.db.query(`SELECT count(*) AS n FROM ${sql}`, values)).rows[0].n);

  it('prunes expired idempotency keys, inbox and outbox rows and message bodies, and keeps the others', async () => {
    const marker = randomUUID();
    const [{ id: client }] = (await stack.db.query(`SELECT id FROM intake.client_systems LIMIT 1`)).rows;
    for (const [i, days] of [2, 2, 2, 2, 2, 0.5].entries())
      await stack.db.query(
        `INSERT INTO intake.idempotency_keys (client_system_id, key, request_hash, created_at) VALUES ($1, $2, 'h', $3)`,
        [client, `${marker}-${i}`, ago(days)],
      );
    for (const days of [10, 10, 9, 9, 8.5, 1])
      await stack.db.query(
        `INSERT INTO triage.inbox (event_id, consumer, event_type, consumed_at) VALUES ($1, $2, 'complaint.received', $3)`,
        [randomUUID(), marker, ago(days)],
      );
    for (const days of [3, 2, 2, 0.5])
      await stack.db.query(
        `INSERT INTO escalation.outbox (event_id, event_type, topic, message_key, payload, created_at, sent_at)
         VALUES ($1, 'assignment.created', $2, $2, '{}', $3, $3)`,
        [randomUUID(), marker, ago(days)],
      );
    for (const days of [40, 31, 2])
      await stack.db.query(
        `INSERT INTO notifier.notifications (id, complaint_id, cause_event_id, kind, channel, status, scheduled_for,
           sent_at, subject, body)
         VALUES ($1, $2, $2, 'progress', 'email', 'sent', $3, $3, $4, 'the text')`,
        [randomUUID(), randomUUID(), ago(days), marker],
      );

    await eventually(
      async () => ({
        idempotencyKeys: await count(`intake.idempotency_keys WHERE key LIKE $1`, [`${marker}-%`]),
        inbox: await count(`triage.inbox WHERE consumer = $1`, [marker]),
        outbox: await count(`escalation.outbox WHERE topic = $1`, [marker]),
        bodies: await count(`notifier.notifications WHERE subject = $1 AND body IS NOT NULL`, [marker]),
        messages: await count(`notifier.notifications WHERE subject = $1`, [marker]),
      }),
      (left) => left.idempotencyKeys === 1 && left.inbox === 1 && left.outbox === 1 && left.bodies === 1,
      { what: 'expired rows pruned' },
    ).then((left) => expect(left.messages).toBe(3));

    expect(await metric('intake', 'redress_pruned_rows_total', 'intake.idempotency_keys')).toBeGreaterThanOrEqual(5);
    expect(await metric('triage', 'redress_pruned_rows_total', 'triage.inbox')).toBeGreaterThanOrEqual(5);
    expect(await metric('escalation', 'redress_pruned_rows_total', 'escalation.outbox')).toBeGreaterThanOrEqual(3);
    expect(await metric('notifier', 'redress_pruned_rows_total', 'notifier.notifications')).toBeGreaterThanOrEqual(2);
    // What is left is younger than the retention: the oldest inbox row is the one consumed a day ago, or newer.
    const oldestInbox = await metric('triage', 'redress_prune_oldest_row_age_seconds', 'triage.inbox');
    expect(oldestInbox).toBeGreaterThan(0);
    expect(oldestInbox).toBeLessThan(8 * 86_400);
    expect(await metric('notifier', 'redress_prune_oldest_row_age_seconds', 'notifier.notifications')).toBeLessThan(
      30 * 86_400,
    );
  });

  it('refuses to start a service whose inbox would forget events the topics still hold', async () => {
    const lines: string[] = [];
    const process = new ServiceProcess({
      service: 'triage',
      port: await findFreePort(),
      env: {
        DATABASE_URL: 'postgres://redress_triage:unused@127.0.0.1:1/redress',
        KAFKA_BROKERS: '127.0.0.1:1',
        TOPIC_RETENTION: '14d',
        INBOX_RETENTION: '14d',
      },
      onLine: (line) => lines.push(line),
    });
    await expect(process.start(120_000)).rejects.toThrow('triage exited with code 1 before it was ready');
    expect(lines.filter((line) => line.startsWith('triage: '))).toEqual([
      'triage: setting INBOX_RETENTION: 14d is shorter than TOPIC_RETENTION (14d) plus 1d; an event still on a topic ' +
        'could be delivered again after its inbox row was pruned, and applied twice (docs/retention.md)',
    ]);
  });
});
