import { buildEvent, EventType, SERVICES, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/** Logs, health and metrics as an operator sees them, on the four running services. */
describeE2E('operations', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // Info lines on, so the request and delivery lines are there to inspect; a short review fires a triage timer.
    stack = await startTestStack('operations', { LOG_LEVEL: 'info', COMMITTEE_REVIEW_TIMEOUT: '1s' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const metricsOf = async (service: (typeof SERVICES)[number]) => {
    const response = await fetch(`${stack.services[service].url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  /** The value of the first sample of `name` whose labels include all of `labels`, or undefined. */
  const sample = (text: string, name: string, labels: Record<string, string> = {}) => {
    const line = text
      .split('\n')
      .find(
        (row) =>
          row.startsWith(`${name}{`) &&
          Object.entries(labels).every(([key, value]) => row.includes(`${key}="${value}"`)),
      );
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  };

  /** Every JSON line a service printed. */
  const logLines = (service: (typeof SERVICES)[number]) =>
    stack.logs[service].flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, any>];
      } catch {
        return [];
      }
    });

  it('answers liveness and readiness with the database and the broker up, on every service', async () => {
    for (const service of SERVICES) {
      const live = await fetch(`${stack.services[service].url}/health/live`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${stack.services[service].url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, broker: { status: 'up' } },
      });
    }
  });

  it('follows a complaint through logs and metrics without personal data in clear', async () => {
    const intake = stack.services.intake.url;
    const apiKey = stack.secrets.apiKey;
    const requestId = `ops-${randomUUID()}`;
    const marker = randomUUID().slice(0, 8);
    // No contact window: the acknowledgement goes out at once, whatever the hour.
    const customer = {
      name: `Olga ${marker}`,
      phone: '+79995550011',
      email: `olga.${marker}@example.com`,
      preferredChannel: 'email',
    };
    const accepted = await postComplaint(intake, apiKey, complaintBody({ customer }), {
      'x-correlation-id': requestId,
    });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('x-correlation-id')).toBe(requestId);
    const complaintId = accepted.body?.id as string;
    await eventually(
      () => getComplaint(intake, apiKey, complaintId),
      ({ body }) => body.status === 'triaged' || body.status === 'assigned',
      {
        what: 'the complaint to be triaged',
      },
    );

    // HTTP: per route template, not per URL.
    const intakeMetrics = await metricsOf('intake');
    expect(
      sample(intakeMetrics, 'redress_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/complaints/:id',
        status_code: '200',
      }),
    ).toBeGreaterThan(0);
    expect(intakeMetrics).not.toContain(`route="/complaints/${complaintId}"`);
    expect(sample(intakeMetrics, 'redress_events_produced_total', { type: 'complaint.received' })).toBeGreaterThan(0);
    expect(sample(intakeMetrics, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    // The backlog is read from the outbox at scrape time; the relay has sent everything by now.
    expect(sample(intakeMetrics, 'redress_outbox_backlog', { service: 'intake' })).toBe(0);
    expect(sample(intakeMetrics, 'redress_outbox_oldest_unsent_age_seconds', { service: 'intake' })).toBe(0);

    const triageMetrics = await metricsOf('triage');
    expect(
      sample(triageMetrics, 'redress_events_consumed_total', { type: 'complaint.received', result: 'applied' }),
    ).toBeGreaterThan(0);
    // The complaint is applied, so nothing waits behind triage on its partition.
    const topic = `${stack.topicPrefix}complaint.received`.replace(/[.]/g, '\\.');
    expect(triageMetrics).toMatch(
      new RegExp(`redress_consumer_lag_messages\\{topic="${topic}",partition="\\d+"[^}]*\\} 0\n`),
    );
    // The committee review deadline (1 s) is a triage timer.
    const timersFired = await eventually(
      async () => sample(await metricsOf('triage'), 'redress_timer_lag_seconds_count'),
      (n) => (n ?? 0) > 0,
      {
        what: 'a fired timer in triage',
      },
    );
    expect(timersFired).toBeGreaterThan(0);

    const delivered = await eventually(
      async () =>
        sample(await metricsOf('notifier'), 'redress_notifications_total', { channel: 'email', result: 'sent' }),
      (n) => (n ?? 0) > 0,
      { what: 'the acknowledgement email to be counted' },
    );
    expect(delivered).toBeGreaterThan(0);
    expect(sample(await metricsOf('notifier'), 'redress_compensation_budget_used_ratio')).toBeGreaterThanOrEqual(0);

    // Logs: the request line names the caller's correlation id, the delivery line the complaint's.
    expect(logLines('intake')).toContainEqual(
      expect.objectContaining({ correlationId: requestId, res: { statusCode: 202 }, msg: 'request completed' }),
    );
    const delivery = await eventually(
      async () => logLines('notifier').filter((line) => line.correlationId === complaintId),
      (lines) => lines.length > 0,
      { what: 'a notifier line about the complaint' },
    );
    expect(delivery[0]).toMatchObject({
      level: 'info',
      service: 'notifier',
      context: expect.any(String),
      time: expect.any(String),
    });
    const everything = Object.values(stack.logs).flat().join('\n');
    for (const value of [customer.name, customer.phone, customer.email, apiKey])
      expect(everything).not.toContain(value);
  });

  it("names the event's correlation id on the lines logged while handling it", async () => {
    const correlationId = `ops-${randomUUID()}`;
    const complaintId = randomUUID();
    // Intake has no such complaint: its handler logs that it ignores the event.
    const event = buildEvent('notifier', {
      type: EventType.CustomerNotified,
      key: complaintId,
      correlationId,
      data: {
        complaintId,
        notificationId: randomUUID(),
        kind: 'acknowledgement',
        channel: 'sms',
        status: 'sent',
        at: new Date().toISOString(),
        attempts: 1,
      },
    });
    const probe = new KafkaProbe(stack.brokers);
    try {
      await probe.send(topicFor(EventType.CustomerNotified, stack.topicPrefix), [
        { key: complaintId, value: JSON.stringify(event) },
      ]);
    } finally {
      await probe.close();
    }
    const [line] = await eventually(
      async () => logLines('intake').filter((entry) => entry.msg?.includes(complaintId)),
      (lines) => lines.length > 0,
      { what: 'the intake line about the unknown complaint' },
    );
    expect(line).toMatchObject({ level: 'warn', correlationId, context: 'RecordTimelineService' });
  });
});
