import { findFreePort } from '@redress/infra';
import { randomUUID } from 'node:crypto';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { complaintBody, postComplaint } from '../support/complaints';
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

  it('prunes the change feed after its retention and answers a cursor from before it 410, never skipping', async () => {
    const intake = stack.services.intake.url;
    const feed = async (after?: string) => {
      const response = await fetch(`${intake}/complaints/changes?limit=1000${after ? `&after=${after}` : ''}`, {
        headers: { 'x-api-key': stack.secrets.apiKey },
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    // Read to the end of the demo client's feed, then file a complaint: its changes come after that cursor.
    let cursor: string | undefined;
    for (let page = await feed(); ; page = await feed(cursor)) {
      cursor = page.body.nextCursor;
      if (!page.body.hasMore) break;
    }
    const filed = await postComplaint(intake, stack.secrets.apiKey, complaintBody({ text: 'The courier was late.' }));
    expect(filed.status).toBe(202);
    const mine = await eventually(
      () => feed(cursor),
      ({ body }) => body.items.some((item: { complaintId: string }) => item.complaintId === filed.body?.id),
      { what: "the complaint's changes in the feed" },
    );
    const positions: string[] = mine.body.items.map((item: { position: string }) => item.position);
    // Those changes were numbered 31 days ago, as far as the pruner can tell: past CHANGE_FEED_RETENTION (30d).
    await stack.db.query(
      `UPDATE intake.client_changes SET recorded_at = now() - interval '31 days' WHERE position <= $1
       AND client_system_id = (SELECT client_system_id FROM intake.complaints WHERE id = $2)`,
      [positions.at(-1), filed.body?.id],
    );
    const last = positions.at(-1)!;
    // Two rows a batch: the first 410 can come between batches, before the last backdated change is gone.
    const gone = await eventually(
      () => feed(cursor),
      ({ status, body }) => status === 410 && Number(body.oldestPosition) >= Number(last) + 1,
      { what: 'the feed pruned up to its last expired change' },
    );
    expect(gone.body).toEqual({
      statusCode: 410,
      error: 'Gone',
      code: 'CHANGES.CURSOR_PRUNED',
      message: expect.stringMatching(/^The changes after cursor .* were pruned .*Read your complaints again/),
      errors: [{ field: 'after', reason: 'after points before the oldest change the feed keeps' }],
      cursor,
      oldestPosition: String(Number(last) + 1),
      resumeCursor: Buffer.from(`p:${last}`).toString('base64url'),
    });
    expect(await metric('intake', 'redress_pruned_rows_total', 'intake.client_changes')).toBeGreaterThanOrEqual(
      positions.length,
    );
    // The complaint itself stays; the feed goes on from the resume cursor with what happens next.
    const resumed = await feed(gone.body.resumeCursor);
    expect(resumed.status).toBe(200);
    expect(resumed.body.items.every((item: { position: string }) => Number(item.position) > Number(last))).toBe(true);
    expect(
      (await fetch(`${intake}/complaints/${filed.body?.id}`, { headers: { 'x-api-key': stack.secrets.apiKey } }))
        .status,
    ).toBe(200);
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
