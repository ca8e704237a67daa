import { OutboxRelayJob } from '@redress/messaging';
import { Pruner, readPruningSettings } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { readWebhookSettings } from '../config/webhook.settings';
import { complaintReceivedEvent } from '../../../../test/support/complaints';
import { describeE2E } from '../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../test/support/test-data-source';
import { sequencePendingChanges } from './change-log.store';
import { ComplaintStore } from './complaint.store';
import { intakeDataSourceSpec } from './intake.data-source';
import { INTAKE_SCHEMA } from './intake.schema';
import { webhookDeliveriesPruneJob } from './retention';
import { putSubscription } from './subscription.store';
import { ClaimedDelivery, claimDeliveries, dispatchChanges, recordAttempt } from './webhook-delivery.store';

/**
 * Subscription deliveries against real Postgres: made from the numbered feed by kind, once however many replicas
 * dispatch at the same time; claimed one complaint event at a time in feed order, by concurrent claimers without
 * overlap; paused subscriptions skipped; retries and give-ups unblock or hold the complaint's next event.
 */
describeE2E('webhook deliveries', () => {
  let dataSource: DataSource;
  let store: ComplaintStore;
  const statusClient = randomUUID();
  const timelineClient = randomUUID();

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_webhooks', intakeDataSourceSpec, 10);
    for (const [index, id] of [statusClient, timelineClient].entries()) {
      await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, $2, $3)`, [
        id,
        `crm-${index}`,
        randomUUID(),
      ]);
    }
    store = new ComplaintStore(dataSource, { committed: () => undefined } as unknown as OutboxRelayJob);
    await putSubscription(dataSource, statusClient, 'http://127.0.0.1:9/status', ['status']);
    await putSubscription(dataSource, timelineClient, 'http://127.0.0.1:9/timeline', ['timeline']);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const fileComplaint = async (clientSystemId: string): Promise<string> => {
    const event = complaintReceivedEvent(randomUUID(), 'crm');
    await store.accept(clientSystemId, event, { id: event.data.complaintId });
    return event.data.complaintId;
  };
  const step = (complaintId: string, status: string) =>
    dataSource.query(`UPDATE intake.complaints SET status = $2 WHERE id = $1`, [complaintId, status]);
  const entry = (complaintId: string) =>
    dataSource.query(
      `INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
       VALUES ($1, $2, 'customer.notified', now(), 'Customer sent the receipt by email', '{}')`,
      [randomUUID(), complaintId],
    );
  const deliveries = async (clientSystemId: string) =>
    (
      await dataSource.query(
        `SELECT position::int, complaint_id, type, status FROM intake.webhook_deliveries
         WHERE client_system_id = $1 ORDER BY position`,
        [clientSystemId],
      )
    ).map((row: { position: number; type: string }) => `${row.position} ${row.type}`);
  const claim = (paused: string[] = []) => claimDeliveries(dataSource, paused, 10, 100, 60_000);
  const ofClient = (claimed: ClaimedDelivery[], clientSystemId: string) =>
    claimed.filter((delivery) => delivery.clientSystemId === clientSystemId);

  let complaints: string[];

  it('makes one delivery per feed change of the kinds asked for, however many dispatch at once', async () => {
    complaints = [await fileComplaint(statusClient), await fileComplaint(statusClient)];
    const other = await fileComplaint(timelineClient);
    for (const id of complaints) {
      await step(id, 'acknowledged');
      await entry(id);
      await step(id, 'triaged');
    }
    await entry(other);
    await sequencePendingChanges(dataSource, 1_000);
    await Promise.all([dispatchChanges(dataSource), dispatchChanges(dataSource), dispatchChanges(dataSource)]);
    await dispatchChanges(dataSource);

    const feed = async (clientSystemId: string, type: string) =>
      (
        await dataSource.query(
          `SELECT position::int, type FROM intake.client_changes WHERE client_system_id = $1 AND ($2 = 'status.changed') = (type = 'status.changed') ORDER BY position`,
          [clientSystemId, type],
        )
      ).map((row: { position: number; type: string }) => `${row.position} ${row.type}`);
    expect(await deliveries(statusClient)).toEqual(await feed(statusClient, 'status.changed'));
    expect(await deliveries(statusClient)).toHaveLength(6);
    // The complaint's own receipt entry and the notification.
    expect(await deliveries(timelineClient)).toEqual(await feed(timelineClient, 'customer.notified'));
    expect(await deliveries(timelineClient)).toHaveLength(2);
  });

  it('leases one event per complaint at a time, the earliest, to one of two concurrent claimers', async () => {
    const [one, two] = await Promise.all([claim([timelineClient]), claim([timelineClient])]);
    const claimed = [...one, ...two];
    expect(new Set(claimed.map((delivery) => delivery.eventId)).size).toBe(claimed.length);
    expect(claimed.map((delivery) => `${delivery.complaintId} ${String(delivery.details.to)}`).sort()).toEqual(
      complaints.map((id) => `${id} received`).sort(),
    );
    // Leased: nobody else gets them, and the complaints' later events wait behind them.
    expect(await claim([timelineClient])).toEqual([]);

    const [first, second] = claimed.sort((a, b) => Number(a.position) - Number(b.position));
    await recordAttempt(dataSource, first, { outcome: 'delivered', durationMs: 3 });
    // A retry later keeps the complaint's next event waiting; giving up lets it go.
    await recordAttempt(dataSource, second, {
      outcome: 'failed',
      durationMs: 3,
      error: 'the subscription endpoint answered 500',
      retryAt: new Date(Date.now() + 60_000),
    });
    const next = await claim([timelineClient]);
    expect(next.map((delivery) => [delivery.complaintId, delivery.details.to])).toEqual([
      [first.complaintId, 'acknowledged'],
    ]);
    expect(next[0].attempts).toBe(0);
  });

  it('skips paused subscriptions, and signs with both nonces while a rotation overlaps', async () => {
    expect(ofClient(await claim([timelineClient]), timelineClient)).toEqual([]);
    await dataSource.query(
      `UPDATE intake.subscriptions SET previous_nonce = 'old', previous_expires_at = now() + interval '1 hour'
       WHERE client_system_id = $1`,
      [timelineClient],
    );
    const claimed = ofClient(await claim(), timelineClient);
    // Two entries of one complaint: only the first goes now.
    expect(claimed.map((delivery) => delivery.type)).toEqual(['complaint.received']);
    const [delivery] = claimed;
    expect(delivery.secretNonces).toHaveLength(2);
    expect(delivery.secretNonces[1]).toBe('old');
  });

  it('records each attempt with its outcome', async () => {
    const attempts = await dataSource.query(
      `SELECT outcome, error FROM intake.webhook_attempts WHERE client_system_id = $1 ORDER BY id`,
      [statusClient],
    );
    expect(attempts).toEqual([
      { outcome: 'delivered', error: null },
      { outcome: 'failed', error: 'the subscription endpoint answered 500' },
    ]);
  });

  it('prunes finished deliveries and their attempts after WEBHOOK_DELIVERY_RETENTION, never pending ones', async () => {
    await dataSource.query(`UPDATE intake.webhook_deliveries SET due_at = now() - interval '31 days'`);
    const pruner = new Pruner(dataSource, {
      schema: INTAKE_SCHEMA,
      settings: readPruningSettings({}),
      jobs: [webhookDeliveriesPruneJob({ webhooks: readWebhookSettings({ WEBHOOK_DELIVERY_RETENTION: '30d' }) })],
    });
    expect(await pruner.runOnce()).toEqual({ 'intake.webhook_deliveries': 1 });
    const left = await dataSource.query(
      `SELECT DISTINCT status FROM intake.webhook_deliveries WHERE client_system_id = $1`,
      [statusClient],
    );
    expect(left).toEqual([{ status: 'pending' }]);
    expect(
      await dataSource.query(`SELECT outcome FROM intake.webhook_attempts WHERE client_system_id = $1`, [statusClient]),
    ).toEqual([{ outcome: 'failed' }]);
  });
});
