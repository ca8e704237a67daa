import { findFreePort } from '@redress/infra';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { verifyWebhookSignature } from '../../clients/typescript/src';
import { LOCAL_ALLOWED_HOSTS } from '../../scripts/stack/app-stack';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { metricValue } from '../support/metrics';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';
import { ReceivedWebhook, verifyRedressSignature, WebhookReceiver } from '../support/webhook-receiver';

const run = promisify(execFile);
/** Long enough for a complaint's first delivery to go out under a loaded machine, short enough to wait out. */
const SECRET_OVERLAP_MS = 8_000;
/** DELIVERY_BREAKER_COOLDOWN: how far apart the probes of an open circuit are. */
const COOLDOWN_MS = 2_000;
/** Every intake of the test, the second replica included. */
const SETTINGS: Record<string, string> = {
  INTAKE_RATE_LIMIT: 'off',
  CHANGE_FEED_INTERVAL: '50ms',
  DELIVERY_POLL_INTERVAL: '50ms',
  DELIVERY_RETRY_BACKOFF: '200ms',
  DELIVERY_RETRY_MAX_BACKOFF: '500ms',
  DELIVERY_BREAKER_FAILURES: '3',
  DELIVERY_BREAKER_COOLDOWN: `${COOLDOWN_MS / 1000}s`,
  // Short, so the deliveries a killed intake had claimed go out again soon.
  DELIVERY_TIMEOUT: '1s',
  DELIVERY_CONNECT_TIMEOUT: '1s',
  DELIVERY_LEASE: '4s',
  WEBHOOK_SECRET_OVERLAP: `${SECRET_OVERLAP_MS / 1000}s`,
};

interface Subscribed {
  apiKey: string;
  secret: string;
}

/**
 * Webhook subscriptions on the running services: a client's status changes arrive once and in order across an
 * intake restart and with two intake replicas sending, in order after a SIGKILL, signed with the client's own secret; rotation overlaps; a delivery is sent again on request; a
 * failing endpoint opens one circuit for two replicas, probed by one replica at a time, and a recovered one closes it.
 */
describeE2E('webhook subscriptions', () => {
  let stack: TestStack;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    stack = await startTestStack('subscriptions', SETTINGS);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver?.stop();
  });

  const intake = () => stack.services.intake.url;
  const call = async (apiKey: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${intake()}${path}`, {
      method,
      headers: { 'x-api-key': apiKey, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : null };
  };
  const newClient = async (name: string) => {
    const { stdout } = await run(process.execPath, ['dist/apps/intake/src/cli/create-client.cli.js', name], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    return /API key, shown only now: (\S+)/.exec(stdout)?.[1] as string;
  };
  const subscribe = async (name: string, path: string, kinds = ['status']): Promise<Subscribed> => {
    const apiKey = await newClient(name);
    const answer = await call(apiKey, 'PUT', '/subscription', { url: `${receiver.url}${path}`, kinds });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ url: `${receiver.url}${path}`, kinds });
    return { apiKey, secret: answer.body?.signingSecret as string };
  };
  const file = async (apiKey: string) => {
    const answer = await postComplaint(intake(), apiKey, complaintBody());
    expect(answer.status).toBe(202);
    return answer.body?.id as string;
  };
  /**
   * Each complaint's steps in the order they came, complaint after complaint: deliveries keep the order within a
   * complaint, while different complaints go out side by side (the sort is stable).
   */
  const perComplaint = (steps: string[]) => [...steps].sort((a, b) => a.split(' ')[0].localeCompare(b.split(' ')[0]));
  /** One entry per event id: what a receiver keeps after dropping repeats. */
  const unique = (webhooks: ReceivedWebhook[]) => [...new Map(webhooks.map((w) => [w.event.id, w])).values()];
  const signature = (webhook: ReceivedWebhook) => webhook.headers['redress-signature'] as string;

  /** Another intake replica on the same database and topics, with the same settings. */
  const secondIntake = async (onLine?: (line: string) => void) => {
    const second = new ServiceProcess({
      service: 'intake',
      port: await findFreePort(),
      env: {
        ...SETTINGS,
        DATABASE_URL: stack.databaseUrl,
        KAFKA_BROKERS: stack.brokers,
        KAFKA_TOPIC_PREFIX: stack.topicPrefix,
        LOG_LEVEL: 'warn',
        WEBHOOK_ALLOWED_HOSTS: LOCAL_ALLOWED_HOSTS,
      },
      onLine,
    });
    await second.start();
    return second;
  };

  let first: Subscribed;

  /**
   * Waits until `path` has accepted every status step intake holds for the complaints `ids`, in feed order within each
   * complaint (repeats of an event id dropped, as a receiver would), and answers everything it accepted for them.
   */
  async function everyStatusChange(path: string, ids: string[]): Promise<ReceivedWebhook[]> {
    const ofThese = () => receiver.accepted(path).filter((webhook) => ids.includes(webhook.event.complaintId));
    await eventually(
      async () => {
        const { rows } = await stack.db.query(
          `SELECT count(*)::int AS moved FROM intake.complaints WHERE id = ANY($1::uuid[]) AND status <> 'received'`,
          [ids],
        );
        const inDatabase = await stack.db.query(
          `SELECT complaint_id, details->>'to' AS status FROM intake.client_changes
           WHERE complaint_id = ANY($1::uuid[]) AND type = 'status.changed' ORDER BY position`,
          [ids],
        );
        return {
          moved: rows[0].moved,
          database: inDatabase.rows.map((row) => `${row.complaint_id} ${row.status}`),
          received: unique(ofThese()).map((webhook) => `${webhook.event.complaintId} ${String(webhook.event.data.to)}`),
        };
      },
      (state) =>
        state.moved === ids.length &&
        JSON.stringify(perComplaint(state.database)) === JSON.stringify(perComplaint(state.received)),
      {
        what: 'the receiver to hold every status change in the database, in order',
        timeoutMs: 90_000,
        intervalMs: 250,
      },
    );
    const accepted = ofThese();
    for (const id of ids) {
      const steps = unique(accepted.filter((webhook) => webhook.event.complaintId === id)).map(
        (webhook) => webhook.event,
      );
      expect(steps[0].data).toEqual({ from: null, to: 'received' });
      steps.slice(1).forEach((step, index) => {
        expect(step.data.from).toBe(steps[index].data.to);
        expect(Number(step.position)).toBeGreaterThan(Number(steps[index].position));
      });
    }
    return accepted;
  }

  it('delivers each status change of a client once and in order per complaint, across an intake restart', async () => {
    first = await subscribe('subs-first', '/first');
    const ids = [await file(first.apiKey), await file(first.apiKey), await file(first.apiKey)];
    await stack.services.intake.stop();
    await stack.services.intake.start();
    ids.push(await file(first.apiKey), await file(first.apiKey));

    const accepted = await everyStatusChange('/first', ids);
    // Once: the restart was graceful, so nothing in flight was sent twice.
    expect(new Set(accepted.map((webhook) => webhook.event.id)).size).toBe(accepted.length);
    for (const webhook of accepted) {
      expect(webhook.event.type).toBe('complaint.status-changed');
      expect(webhook.headers['redress-event-id']).toBe(webhook.event.id);
      expect(verifyRedressSignature(first.secret, signature(webhook), webhook.body)).toBe(true);
    }
  }, 180_000);

  it('delivers each status change once and in order with two intake replicas sending', async () => {
    const second = await secondIntake();
    try {
      const client = await subscribe('subs-replicas', '/replicas');
      const ids: string[] = [];
      for (const url of [intake(), second.url, intake(), second.url, intake(), second.url]) {
        const answer = await postComplaint(url, client.apiKey, complaintBody());
        expect(answer.status).toBe(202);
        ids.push(answer.body?.id as string);
      }
      const accepted = await everyStatusChange('/replicas', ids);
      expect(new Set(accepted.map((webhook) => webhook.event.id)).size).toBe(accepted.length);
      const sentBy = await stack.db.query(
        `SELECT count(DISTINCT d.id)::int AS deliveries FROM intake.webhook_deliveries d
         JOIN intake.client_systems s ON s.id = d.client_system_id WHERE s.name = 'subs-replicas'`,
      );
      expect(sentBy.rows[0].deliveries).toBe(accepted.length);
    } finally {
      await second.stop();
    }
  }, 180_000);

  it('after an intake SIGKILL, still delivers every status change in order; a repeat carries the same event id', async () => {
    const ids = [await file(first.apiKey), await file(first.apiKey), await file(first.apiKey)];
    await stack.services.intake.kill();
    await stack.services.intake.start();
    ids.push(await file(first.apiKey));
    const accepted = await everyStatusChange('/first', ids);
    // A send cut off by the kill goes again once its lease (DELIVERY_LEASE) ends: the same event, the same body.
    const byId = new Map<string, string>();
    for (const webhook of accepted) {
      expect(byId.get(webhook.event.id) ?? webhook.body).toBe(webhook.body);
      byId.set(webhook.event.id, webhook.body);
    }
  }, 180_000);

  it('signs with each client its own secret: the other client cannot verify, or forge, it', async () => {
    const second = await subscribe('subs-second', '/second', ['status', 'timeline']);
    expect(second.secret).not.toBe(first.secret);
    const id = await file(second.apiKey);
    const delivered = await eventually(
      async () => receiver.accepted('/second').filter((webhook) => webhook.event.complaintId === id),
      (webhooks) => webhooks.length > 0,
      { what: "the second client's first delivery" },
    );
    expect(verifyRedressSignature(second.secret, signature(delivered[0]), delivered[0].body)).toBe(true);
    expect(verifyRedressSignature(first.secret, signature(delivered[0]), delivered[0].body)).toBe(false);
    // The TypeScript client for client systems agrees.
    expect(verifyWebhookSignature(second.secret, signature(delivered[0]), delivered[0].body)).toBe(true);
    expect(verifyWebhookSignature(first.secret, signature(delivered[0]), delivered[0].body)).toBe(false);
    // A client's deliveries carry only its own complaints.
    expect(receiver.accepted('/first').some((webhook) => webhook.event.complaintId === id)).toBe(false);
    const subscription = await call(second.apiKey, 'GET', '/subscription');
    expect(subscription.status).toBe(200);
    expect(subscription.body).not.toHaveProperty('signingSecret');
    expect(await call(second.apiKey, 'DELETE', '/subscription')).toMatchObject({ status: 204 });
    expect(await call(second.apiKey, 'GET', '/subscription')).toMatchObject({ status: 404 });
  }, 60_000);

  it('signs with the old and the new secret during WEBHOOK_SECRET_OVERLAP, then with the new one only', async () => {
    const client = await subscribe('subs-rotating', '/rotating');
    const rotated = await call(client.apiKey, 'POST', '/subscription/rotate-secret');
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body?.signingSecret as string;
    expect(newSecret).not.toBe(client.secret);
    const overlapEnds = Date.parse(rotated.body?.previousSecretExpiresAt as string);

    const during = await file(client.apiKey);
    const [duringOverlap] = await eventually(
      async () => receiver.accepted('/rotating').filter((webhook) => webhook.event.complaintId === during),
      (webhooks) => webhooks.length > 0,
      { what: 'a delivery during the overlap' },
    );
    expect(Date.now()).toBeLessThan(overlapEnds); // else the overlap was too short for this machine
    expect(verifyRedressSignature(client.secret, signature(duringOverlap), duringOverlap.body)).toBe(true);
    expect(verifyRedressSignature(newSecret, signature(duringOverlap), duringOverlap.body)).toBe(true);

    await eventually(
      async () => Date.now(),
      (now) => now > overlapEnds,
      { what: 'the overlap to end', timeoutMs: SECRET_OVERLAP_MS + 5_000 },
    );
    const after = await file(client.apiKey);
    const [afterOverlap] = await eventually(
      async () => receiver.accepted('/rotating').filter((webhook) => webhook.event.complaintId === after),
      (webhooks) => webhooks.length > 0,
      { what: 'a delivery after the overlap' },
    );
    expect(verifyRedressSignature(newSecret, signature(afterOverlap), afterOverlap.body)).toBe(true);
    expect(verifyRedressSignature(client.secret, signature(afterOverlap), afterOverlap.body)).toBe(false);
  }, 60_000);

  it('sends a delivery again on request, with the same event id, and lists both attempts', async () => {
    const [original] = receiver.accepted('/first');
    const other = await newClient('subs-nosy');
    expect((await call(other, 'POST', `/subscription/deliveries/${original.event.id}/redeliver`)).status).toBe(404);

    const redelivered = await call(first.apiKey, 'POST', `/subscription/deliveries/${original.event.id}/redeliver`);
    expect(redelivered).toMatchObject({ status: 202, body: { id: original.event.id, status: 'pending' } });
    const copies = await eventually(
      async () => receiver.accepted('/first').filter((webhook) => webhook.event.id === original.event.id),
      (webhooks) => webhooks.length === 2,
      { what: 'the redelivered event' },
    );
    expect(copies[1].body).toBe(copies[0].body);

    const attempts = await eventually(
      async () => {
        const page = await call(first.apiKey, 'GET', '/subscription/deliveries?limit=200');
        return (page.body?.items as { deliveryId: string; outcome: string }[]).filter(
          (item) => item.deliveryId === original.event.id,
        );
      },
      (items) => items.length === 2,
      { what: 'both attempts listed' },
    );
    expect(attempts.map((item) => item.outcome)).toEqual(['delivered', 'delivered']);
  }, 60_000);

  it('pages the attempts, newest first, and refuses a forged cursor', async () => {
    const firstPage = await call(first.apiKey, 'GET', '/subscription/deliveries?limit=2');
    expect(firstPage.status).toBe(200);
    expect(firstPage.body?.items).toHaveLength(2);
    const nextPage = await call(
      first.apiKey,
      'GET',
      `/subscription/deliveries?limit=2&cursor=${firstPage.body?.nextCursor}`,
    );
    expect(nextPage.body?.items).toHaveLength(2);
    // Two pages of two are the first four, in the same order (newest attempt first), nothing skipped or repeated.
    const four = await call(first.apiKey, 'GET', '/subscription/deliveries?limit=4');
    expect([...firstPage.body!.items, ...nextPage.body!.items]).toEqual(four.body?.items);
    const forged = await call(first.apiKey, 'GET', '/subscription/deliveries?cursor=bm9wZQ');
    expect(forged.status).toBe(400);
  });

  it('opens one circuit for two intake replicas while the endpoint fails, probes it from one at a time, and closes it for both', async () => {
    receiver.fail('/down');
    const secondLogs: string[] = [];
    const second = await secondIntake((line) => secondLogs.push(line));
    try {
      const client = await subscribe('subs-down', '/down');
      const { rows } = await stack.db.query(`SELECT id FROM intake.client_systems WHERE name = 'subs-down'`);
      const key = rows[0].id as string;
      const circuitsOpen = (url: string) => metricValue(url, 'redress_webhook_circuits_open');
      // Filed through both replicas, so both have deliveries to send and failures to see.
      const ids: string[] = [];
      for (const url of [intake(), second.url, intake(), second.url]) {
        const answer = await postComplaint(url, client.apiKey, complaintBody());
        expect(answer.status).toBe(202);
        ids.push(answer.body?.id as string);
      }

      const health = async () =>
        (
          await stack.db.query(
            `SELECT consecutive_failures, (extract(epoch FROM opened_at) * 1000)::float8 AS opened_at, open_until
             FROM intake.endpoint_health WHERE endpoint_key = $1`,
            [key],
          )
        ).rows[0] as { consecutive_failures: number; opened_at: number; open_until: Date | null } | undefined;
      const opened = await eventually(health, (row) => row?.open_until != null, {
        what: 'the shared circuit to open',
        timeoutMs: 60_000,
      });
      expect(opened!.consecutive_failures).toBeGreaterThanOrEqual(3);
      // Both replicas read the one circuit.
      await eventually(
        async () => [await circuitsOpen(intake()), await circuitsOpen(second.url)],
        (open) => open[0] === 1 && open[1] === 1,
        { what: 'both replicas to count the open circuit' },
      );
      // Three cooldowns with the endpoint down. Past the sends already on the wire when it opened (and a replica's
      // second-old copy of the circuits), the endpoint hears only probes, one at a time, a cooldown apart.
      await new Promise((resolve) => setTimeout(resolve, 3 * COOLDOWN_MS + 500));
      const settled = opened!.opened_at + 1_500;
      const probes = receiver.received.filter((webhook) => webhook.path === '/down' && webhook.at > settled);
      expect(probes.length).toBeGreaterThanOrEqual(1);
      // At most one a cooldown over the time watched (longer than three cooldowns when the replicas were slow to see it).
      expect(probes.length).toBeLessThanOrEqual(Math.floor((Date.now() - settled) / COOLDOWN_MS) + 1);
      probes.slice(1).forEach((probe, index) => expect(probe.at - probes[index].at).toBeGreaterThan(COOLDOWN_MS * 0.8));
      const failed = (await call(client.apiKey, 'GET', '/subscription/deliveries?limit=200')).body?.items as {
        outcome: string;
        deliveryStatus: string;
        error: string;
      }[];
      expect(failed.every((item) => item.outcome === 'failed' && item.deliveryStatus === 'pending')).toBe(true);
      expect(failed[0].error).toContain('500');

      receiver.recover('/down');
      const delivered = await eventually(
        async () => ({
          open: [await circuitsOpen(intake()), await circuitsOpen(second.url)],
          row: await health(),
          accepted: unique(receiver.accepted('/down')),
        }),
        (state) =>
          state.open[0] === 0 &&
          state.open[1] === 0 &&
          state.row === undefined &&
          ids.every((id) => state.accepted.some((webhook) => webhook.event.complaintId === id)),
        { what: 'the circuit to close on both replicas and the backlog to go through', timeoutMs: 60_000 },
      );
      expect(delivered.accepted[0].event.data).toEqual({ from: null, to: 'received' });
      // Opened once: by the one failure that reached the threshold, on one of the two replicas.
      const openings = [...stack.logs.intake, ...secondLogs].filter((line) =>
        line.includes(`${key} keeps failing: circuit open`),
      );
      expect(openings).toHaveLength(1);
    } finally {
      await second.stop();
    }
  }, 150_000);

  it('refuses a subscription URL of a non-public address, and kinds it does not know, naming the field', async () => {
    const apiKey = await newClient('subs-refused');
    const privateUrl = await call(apiKey, 'PUT', '/subscription', { url: 'http://10.1.2.3/hook', kinds: ['status'] });
    expect(privateUrl.status).toBe(400);
    expect(JSON.stringify(privateUrl.body)).toContain('"field":"url"');
    const badKinds = await call(apiKey, 'PUT', '/subscription', { url: `${receiver.url}/x`, kinds: ['everything'] });
    expect(badKinds.status).toBe(400);
    expect(JSON.stringify(badKinds.body)).toContain('kinds');
  });

  it('describes every subscription route in the OpenAPI document, with an example body', async () => {
    const document = (await (await fetch(`${intake()}/docs/json`)).json()) as Record<string, any>;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/subscription',
        '/subscription/rotate-secret',
        '/subscription/deliveries',
        '/subscription/deliveries/{id}/redeliver',
      ]),
    );
    expect(Object.keys(document.paths['/subscription']).sort()).toEqual(['delete', 'get', 'put']);
    expect(document.components.schemas.SubscriptionRequest.properties.url.example).toEqual(expect.any(String));
  });
});
