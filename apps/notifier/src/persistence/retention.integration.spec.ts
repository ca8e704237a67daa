import { messagingPruneJobs } from '@redress/messaging';
import { Pruner, readPruningSettings } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../test/support/test-data-source';
import { notifierDataSourceSpec } from './notifier.data-source';
import { NOTIFIER_SCHEMA } from './notifier.schema';
import { notificationBodiesPruneJob, staffDeliveriesPruneJob, staffNoticesPruneJob } from './retention';

const DAY_MS = 86_400_000;
const NOW = new Date('2030-03-01T00:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

/**
 * The notifier's retention on its real, migrated tables: published outbox rows after OUTBOX_RETENTION, inbox rows
 * after INBOX_RETENTION, the bodies of sent messages after NOTIFICATION_BODY_RETENTION (the rows stay), finished staff
 * messages after the same, and staff notices that went out after STAFF_NOTICE_RETENTION (held ones stay). Each batch
 * is found through an index the migrations add.
 */
describeE2E('notifier retention', () => {
  let dataSource: DataSource;
  const settings = readPruningSettings({ OUTBOX_RETENTION: '1d', INBOX_RETENTION: '8d', TOPIC_RETENTION: '7d' });
  const jobs = [
    ...messagingPruneJobs(NOTIFIER_SCHEMA, settings),
    notificationBodiesPruneJob({ notificationBodyRetentionMs: 30 * DAY_MS }),
    staffDeliveriesPruneJob({ notificationBodyRetentionMs: 30 * DAY_MS }),
    staffNoticesPruneJob({ staffNoticeRetentionMs: 90 * DAY_MS }),
  ];
  const pruner = () =>
    new Pruner(dataSource, {
      schema: NOTIFIER_SCHEMA,
      settings: { ...settings, batchSize: 2 },
      jobs,
      clock: () => NOW,
    });

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('notifier_retention', notifierDataSourceSpec);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const outbox = (sentAt: Date | null) =>
    dataSource.query(
      `INSERT INTO notifier.outbox (event_id, event_type, topic, message_key, payload, created_at, sent_at)
       VALUES ($1, 'customer.notified', 'customer.notified', $2, '{}', coalesce($3::timestamptz, $4), $3)`,
      [randomUUID(), 'complaint-key', sentAt, NOW],
    );
  const inbox = (consumedAt: Date) =>
    dataSource.query(
      `INSERT INTO notifier.inbox (event_id, consumer, event_type, consumed_at) VALUES ($1, 'notifier', 'complaint.received', $2)`,
      [randomUUID(), consumedAt],
    );
  const notification = (status: string, sentAt: Date | null, body: string) =>
    dataSource.query(
      `INSERT INTO notifier.notifications (id, complaint_id, cause_event_id, kind, channel, status, scheduled_for, sent_at,
         recipient, subject, body, fallback)
       VALUES ($1, $2, $2, 'resolution', 'email', $3, $4, $5, 'anna@example.com', 'Subject', $6, $7)`,
      [randomUUID(), randomUUID(), status, daysAgo(40), sentAt, body, JSON.stringify({ channel: 'sms', body })],
    );

  const staffDelivery = (status: string, sentAt: Date | null, failedAt: Date | null = null) =>
    dataSource.query(
      `INSERT INTO notifier.staff_deliveries (id, person, channel, recipient, subject, body, notices, status, due_at, age_from, sent_at, failed_at)
       VALUES ($1, 'owner:o-1', 'email', 'olga@staff.example', $2, 'Body', 1, $3, $4, $4, $5, $6)`,
      [
        randomUUID(),
        `${status} ${(sentAt ?? failedAt)?.toISOString() ?? 'due'}`,
        status,
        daysAgo(40),
        sentAt,
        failedAt,
      ],
    );
  const staffNotice = (status: 'held' | 'queued', createdAt: Date) =>
    dataSource.query(
      `INSERT INTO notifier.staff_notices (id, person, kind, cause_event_id, subject, body, link, delivery, status, digest_due_at, created_at)
       VALUES ($1, 'member:m-1', 'new-root-cause', $1, $2, 'Body', 'https://console.example/rootcauses/r', $3, $4, $5, $6)`,
      [
        randomUUID(),
        `${status} ${createdAt.toISOString()}`,
        status === 'held' ? 'digest' : 'now',
        status,
        status === 'held' ? NOW : null,
        createdAt,
      ],
    );

  it('prunes what has expired in each table and keeps the rest', async () => {
    for (const days of [3, 2, 2, 1.5, 0.5]) await outbox(daysAgo(days));
    await outbox(null); // never published: kept whatever its age
    for (const days of [10, 9, 8.5, 7]) await inbox(daysAgo(days));
    await notification('sent', daysAgo(40), 'sent long ago');
    await notification('sent', daysAgo(35), 'sent long ago too');
    await notification('sent', daysAgo(5), 'sent lately');
    await notification('failed', null, 'failed, may be resent');
    await staffDelivery('sent', daysAgo(40));
    await staffDelivery('sent', daysAgo(5));
    await staffDelivery('failed', null, daysAgo(31));
    await staffDelivery('failed', null, daysAgo(2));
    await staffDelivery('scheduled', null);
    await staffNotice('queued', daysAgo(100));
    await staffNotice('queued', daysAgo(91));
    await staffNotice('queued', daysAgo(60));
    await staffNotice('held', daysAgo(120)); // still waiting for its digest: kept whatever its age

    expect(await pruner().runOnce()).toEqual({
      'notifier.outbox': 4,
      'notifier.inbox': 3,
      'notifier.notifications': 2,
      'notifier.staff_deliveries': 2,
      'notifier.staff_notices': 2,
    });

    const outboxLeft = await dataSource.query(`SELECT sent_at FROM notifier.outbox ORDER BY sent_at NULLS LAST`);
    expect(outboxLeft.map((row: { sent_at: Date | null }) => row.sent_at)).toEqual([daysAgo(0.5), null]);
    const [{ n: inboxLeft }] = await dataSource.query(`SELECT count(*)::int AS n FROM notifier.inbox`);
    expect(inboxLeft).toBe(1);
    const messages = await dataSource.query(
      `SELECT status, body, fallback, recipient FROM notifier.notifications ORDER BY sent_at NULLS LAST`,
    );
    expect(messages).toEqual([
      { status: 'sent', body: null, fallback: null, recipient: 'anna@example.com' },
      { status: 'sent', body: null, fallback: null, recipient: 'anna@example.com' },
      expect.objectContaining({ status: 'sent', body: 'sent lately' }),
      expect.objectContaining({ status: 'failed', body: 'failed, may be resent' }),
    ]);
    expect(await pruner().runOnce()).toEqual({
      'notifier.outbox': 0,
      'notifier.inbox': 0,
      'notifier.notifications': 0,
      'notifier.staff_deliveries': 0,
      'notifier.staff_notices': 0,
    });
    const staffLeft = await dataSource.query(`SELECT subject FROM notifier.staff_deliveries ORDER BY subject`);
    expect(staffLeft.map((row: { subject: string }) => row.subject)).toEqual([
      `failed ${daysAgo(2).toISOString()}`,
      'scheduled due',
      `sent ${daysAgo(5).toISOString()}`,
    ]);
    const noticesLeft = await dataSource.query(`SELECT subject FROM notifier.staff_notices ORDER BY created_at`);
    expect(noticesLeft.map((row: { subject: string }) => row.subject)).toEqual([
      `held ${daysAgo(120).toISOString()}`,
      `queued ${daysAgo(60).toISOString()}`,
    ]);
  });

  it.each(jobs.map((job) => [job.table, job]))('finds the batches of %s through an index', async (_, job) => {
    const runner = dataSource.createQueryRunner();
    try {
      // On a table this small the planner would rather read it all; forbidding that shows an index serves the query.
      await runner.query('SET enable_seqscan = off');
      const where = `${job.ageColumn} < now()${job.where ? ` AND (${job.where})` : ''}`;
      const plan = await runner.query(`EXPLAIN SELECT ctid FROM ${job.table} WHERE ${where} LIMIT 1000`);
      const text = plan.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index (Only )?Scan/);
      expect(text).not.toMatch(/Seq Scan/);
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});
