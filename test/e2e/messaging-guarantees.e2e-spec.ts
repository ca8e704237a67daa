import { buildEvent, deadLetterTopic, EventType, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { complaintBody, complaintReceivedEvent, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/** A foreign producer writes straight to the topics: poison, wrong types, failing effects and duplicates. */
describeE2E('messaging guarantees', () => {
  let stack: TestStack;
  let probe: KafkaProbe;

  beforeAll(async () => {
    // Nobody votes here: a short committee review lets the deadline identify each root cause.
    // CONTACT_WINDOWS=ignore: the sample customer's window (09:00-20:00 Moscow) would hold the progress message overnight.
    stack = await startTestStack('messaging', { COMMITTEE_REVIEW_TIMEOUT: '1s', CONTACT_WINDOWS: 'ignore' });
    probe = new KafkaProbe(stack.brokers);
    await probe.watch([deadLetterTopic('triage', stack.topicPrefix), deadLetterTopic('escalation', stack.topicPrefix)]);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  const complaintReceived = (complaintId?: string) => complaintReceivedEvent(complaintId);

  async function linksOf(complaintId: string): Promise<number> {
    const { rows } = await stack.db.query(
      'SELECT count(*)::int AS n FROM triage.complaint_links WHERE complaint_id = $1',
      [complaintId],
    );
    return rows[0].n;
  }

  const deadLetters = (service: 'triage' | 'escalation', key: string) =>
    probe.received.filter(
      (message) => message.topic === deadLetterTopic(service, stack.topicPrefix) && message.key === key,
    );

  it('dead-letters a poison message with its origin and still processes the next one on the same partition', async () => {
    const good = complaintReceived();
    const topic = topicFor(EventType.ComplaintReceived, stack.topicPrefix);
    await probe.send(topic, [
      { key: good.key, value: '{"this is": not json' },
      { key: good.key, value: JSON.stringify({ ...complaintReceived(), data: { complaintId: 'x' } }) },
      { key: good.key, value: JSON.stringify(good) },
    ]);

    await eventually(
      () => linksOf(good.data.complaintId),
      (n) => n === 1,
      { what: 'the good message to be linked' },
    );
    const parked = await eventually(
      async () => deadLetters('triage', good.key),
      (messages) => messages.length === 2,
      {
        what: 'two dead letters',
      },
    );
    const [malformed, invalid] = parked.sort(
      (a, b) => Number(a.headers['x-original-offset']) - Number(b.headers['x-original-offset']),
    );
    expect(malformed.value).toBe('{"this is": not json');
    expect(malformed.headers).toMatchObject({
      'x-original-topic': topic,
      'x-reason': 'malformed',
      'x-error': expect.stringContaining('not JSON'),
    });
    expect(Number(malformed.headers['x-original-partition'])).toBeGreaterThanOrEqual(0);
    expect(invalid.headers).toMatchObject({
      'x-reason': 'invalid',
      'x-error': expect.stringContaining('data: complaintId'),
    });
    expect(Number(invalid.headers['x-original-offset'])).toBe(Number(malformed.headers['x-original-offset']) + 1);
  });

  it('dead-letters an event of another type found on the topic instead of dropping it', async () => {
    const key = randomUUID();
    const foreign = buildEvent('triage', {
      type: EventType.RootCauseComplaintLinked,
      key,
      data: { complaintId: key, rootCauseId: randomUUID(), category: 'x', linkedAt: new Date().toISOString() },
    });
    await probe.send(topicFor(EventType.ComplaintReceived, stack.topicPrefix), [
      { key, value: JSON.stringify(foreign) },
    ]);
    const [parked] = await eventually(
      async () => deadLetters('triage', key),
      (messages) => messages.length === 1,
      {
        what: 'the unhandled event in dlq.triage',
      },
    );
    expect(parked.headers['x-reason']).toBe('unhandled');
  });

  it('retries a handler that keeps failing a bounded number of times, then dead-letters it', async () => {
    const rootCauseId = randomUUID();
    const identified = buildEvent('triage', {
      type: EventType.RootCauseIdentified,
      key: rootCauseId,
      data: {
        rootCauseId,
        cause: 'Nobody owns this',
        department: 'no-such-department',
        decidedBy: 'chair',
        votes: [],
        complaintCount: 1,
        identifiedAt: new Date().toISOString(),
      },
    });
    await probe.send(topicFor(EventType.RootCauseIdentified, stack.topicPrefix), [
      { key: rootCauseId, value: JSON.stringify(identified) },
    ]);
    const [parked] = await eventually(
      async () => deadLetters('escalation', rootCauseId),
      (messages) => messages.length === 1,
      {
        what: 'the failing event in dlq.escalation',
      },
    );
    expect(parked.headers).toMatchObject({ 'x-reason': 'handler-failed', 'x-attempts': '4' });
    expect(parked.headers['x-error']).toContain('no-such-department');
  });

  it('applies a redelivered event (same id) once', async () => {
    const event = complaintReceived();
    const topic = topicFor(EventType.ComplaintReceived, stack.topicPrefix);
    await probe.send(topic, [{ key: event.key, value: JSON.stringify(event) }]);
    await eventually(
      () => linksOf(event.data.complaintId),
      (n) => n === 1,
      { what: 'the first delivery' },
    );
    await probe.send(topic, [{ key: event.key, value: JSON.stringify(event) }]);
    await probe.waitUntilConsumed(`${stack.topicPrefix}triage`, topic);
    await probe.waitUntilConsumed(`${stack.topicPrefix}notifier`, topic);

    expect(await linksOf(event.data.complaintId)).toBe(1);
    const notifications = await stack.db.query(
      "SELECT count(*)::int AS n FROM notifier.notifications WHERE complaint_id = $1 AND kind = 'acknowledgement'",
      [event.data.complaintId],
    );
    expect(notifications.rows[0].n).toBe(1);
    const linkedEvents = await stack.db.query(
      `SELECT count(*)::int AS n FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked' AND message_key = $1`,
      [event.data.complaintId],
    );
    expect(linkedEvents.rows[0].n).toBe(1);
  });

  it('changes nothing when the relay publishes its outbox again, as after a crash before marking it sent', async () => {
    const { apiKey } = stack.secrets;
    const intake = stack.services.intake.url;
    const accepted = await postComplaint(intake, apiKey, complaintBody());
    // Settled: assigned, and the customer told of it (that message comes a moment after the assignment).
    const settled = await eventually(
      () => getComplaint(intake, apiKey, accepted.body?.id),
      ({ body }) =>
        body.status === 'assigned' &&
        body.timeline.some((entry: { type: string; details: { kind?: string } }) => entry.details?.kind === 'progress'),
      { what: 'assignment and its progress message' },
    );
    const before = settled.body.timeline.length;

    await stack.db.query(`UPDATE intake.outbox SET sent_at = NULL WHERE message_key = $1`, [accepted.body?.id]);
    await stack.db.query(`UPDATE triage.outbox SET sent_at = NULL`);
    await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT (SELECT count(*) FROM triage.outbox WHERE sent_at IS NULL) + (SELECT count(*) FROM intake.outbox WHERE sent_at IS NULL) AS n`,
          )
        ).rows[0].n,
      (unsent: string) => unsent === '0',
      { what: 'the relay to republish' },
    );
    for (const [group, topic] of [
      ['triage', EventType.ComplaintReceived],
      ['notifier', EventType.ComplaintReceived],
      ['intake', EventType.RootCauseComplaintLinked],
    ] as const) {
      await probe.waitUntilConsumed(`${stack.topicPrefix}${group}`, topicFor(topic, stack.topicPrefix));
    }

    const after = await getComplaint(intake, apiKey, accepted.body?.id);
    expect(after.body.timeline).toHaveLength(before);
    const counts = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM triage.complaint_links WHERE complaint_id = $1) AS links,
              (SELECT count(*)::int FROM notifier.notifications WHERE complaint_id = $1 AND kind = 'acknowledgement') AS notifications`,
      [accepted.body?.id],
    );
    expect(counts.rows[0]).toEqual({ links: 1, notifications: 1 });
  });
});
