import { EventType } from '@redress/contracts';
import { findFreePort } from '@redress/infra';
import { ServiceProcess } from '../../scripts/stack/service-process';
import { assignmentOf, escalation, escalationEvents, identify, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const ENV = { COMMITTEE_REVIEW_TIMEOUT: '1s', ESCALATION_ACK_SLA: '2s', ESCALATION_RESOLVE_SLA: '4s' };

/**
 * Real short SLAs, nobody acting: deadlines fire on their own up the chain to the breach; two escalation instances
 * share the timers; both are SIGKILLed with deadlines falling due while they are down, and a restart escalates each
 * exactly once. Assertions are on outcomes (events, levels), never on how fast the machine is.
 */
describeE2E('escalation timers', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let second: ServiceProcess;

  beforeAll(async () => {
    stack = await startTestStack('esctimers', ENV);
    probe = new KafkaProbe(stack.brokers);
    second = new ServiceProcess({
      service: 'escalation',
      port: await findFreePort(),
      env: {
        DATABASE_URL: stack.databaseUrl,
        KAFKA_BROKERS: stack.brokers,
        KAFKA_TOPIC_PREFIX: stack.topicPrefix,
        LOG_LEVEL: 'warn',
        ...ENV,
      },
      onLine: (line) => stack.logs.escalation.push(`[second] ${line}`),
    });
    await second.start();
  });

  afterAll(async () => {
    await second?.stop();
    await probe?.close();
    await stack?.stop();
  });

  async function escalationsPerAssignment(rootCauseIds: string[]): Promise<Map<string, number[]>> {
    const { rows } = await stack.db.query(
      `SELECT message_key, (payload->'data'->>'toLevel')::int AS to_level FROM escalation.outbox
       WHERE event_type = 'assignment.escalated' AND message_key = ANY($1::text[]) ORDER BY seq`,
      [rootCauseIds],
    );
    const levels = new Map<string, number[]>(rootCauseIds.map((id) => [id, []]));
    for (const row of rows) levels.get(row.message_key)?.push(row.to_level);
    return levels;
  }

  async function breached(rootCauseIds: string[]): Promise<number> {
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM escalation.assignments WHERE root_cause_id = ANY($1::uuid[]) AND breached_at IS NOT NULL AND level = 3`,
      [rootCauseIds],
    );
    return rows[0].n;
  }

  it('escalates on its own, each level after its SLA, up to a breach at the top, with two instances sharing the timers', async () => {
    const rootCauseIds: string[] = [];
    for (let index = 0; index < 20; index++)
      rootCauseIds.push(
        (await identify(probe, stack, ['logistics', 'it', 'quality', 'customer-care'][index % 4])).data.rootCauseId,
      );
    await Promise.all(rootCauseIds.map((id) => assignmentOf(stack, id)));

    await eventually(
      () => breached(rootCauseIds),
      (n) => n === 20,
      { what: '20 assignments breached at the top', timeoutMs: 60_000 },
    );
    const levels = await escalationsPerAssignment(rootCauseIds);
    for (const [rootCauseId, steps] of levels) expect({ rootCauseId, steps }).toEqual({ rootCauseId, steps: [2, 3] });

    // Each step came after the acknowledgement SLA of the level before it.
    const [sample] = rootCauseIds;
    const [created] = await escalationEvents(stack, sample, EventType.AssignmentCreated);
    const escalated = await escalationEvents(stack, sample, EventType.AssignmentEscalated);
    expect(Date.parse(escalated[0].occurredAt)).toBeGreaterThanOrEqual(Date.parse(created.data.acknowledgeDueAt));
    expect(Date.parse(escalated[1].occurredAt)).toBeGreaterThanOrEqual(Date.parse(escalated[0].data.acknowledgeDueAt));
    expect(escalated.map((event) => event.data.reason)).toEqual(['acknowledge-overdue', 'acknowledge-overdue']);

    // The breach is reported on both instances' API, and the resolve deadline breaches once more, then nothing.
    const assignmentId = await assignmentOf(stack, sample);
    const department = created.data.department as string;
    await eventually(
      () => escalation(second.url, 'GET', `/assignments/${assignmentId}`, ownerAt(stack, department, 3).token),
      ({ body }) => body.breachReason === 'resolve-overdue',
      { what: 'the resolve deadline to breach too' },
    );
    const overdue = await escalation(
      stack.services.escalation.url,
      'GET',
      '/assignments/overdue?limit=200',
      ownerAt(stack, department, 1).token,
    );
    expect(overdue.body.items).toContainEqual(
      expect.objectContaining({ id: assignmentId, attention: 'breached', level: 3 }),
    );
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM escalation.timers WHERE subject_id = $1 AND status = 'pending'`,
      [assignmentId],
    );
    expect(rows[0].n).toBe(0);
    expect((await escalationsPerAssignment([sample])).get(sample)).toEqual([2, 3]);
    // Each breach is announced once, with the deadline it missed, so the customers' promised date can be renewed.
    const breaches = await escalationEvents(stack, sample, EventType.AssignmentBreached);
    const [, top] = escalated;
    expect(breaches.map((event) => event.data)).toEqual([
      expect.objectContaining({
        assignmentId,
        department,
        level: 3,
        reason: 'acknowledge-overdue',
        missedDueAt: top.data.acknowledgeDueAt,
      }),
      expect.objectContaining({
        assignmentId,
        department,
        level: 3,
        reason: 'resolve-overdue',
        missedDueAt: top.data.resolveDueAt,
      }),
    ]);
  });

  it('escalates after SIGKILL and restart every deadline that fell due while both instances were down, exactly once', async () => {
    const rootCauseIds: string[] = [];
    for (let index = 0; index < 12; index++)
      rootCauseIds.push((await identify(probe, stack, index % 2 ? 'it' : 'logistics')).data.rootCauseId);
    const assignmentIds = await Promise.all(rootCauseIds.map((id) => assignmentOf(stack, id)));

    await stack.services.escalation.kill();
    await second.kill();
    // Wait (for the outcome, not a fixed time) until every level-1 deadline has passed with nobody running.
    await eventually(
      () =>
        stack.db.query(
          `SELECT count(*)::int AS n FROM escalation.timers WHERE subject_id = ANY($1::text[]) AND kind = 'assignment-deadline' AND status = 'pending' AND due_at < now()`,
          [assignmentIds],
        ),
      ({ rows }) => rows[0].n === assignmentIds.length,
      { what: 'every deadline to fall due while escalation is down', timeoutMs: 20_000 },
    );

    await Promise.all([stack.services.escalation.start(), second.start()]);
    await eventually(
      () => breached(rootCauseIds),
      (n) => n === rootCauseIds.length,
      { what: 'every assignment to reach the top', timeoutMs: 60_000 },
    );
    const levels = await escalationsPerAssignment(rootCauseIds);
    for (const [rootCauseId, steps] of levels) expect({ rootCauseId, steps }).toEqual({ rootCauseId, steps: [2, 3] });
    const { rows } = await stack.db.query(
      `SELECT assignment_id, count(*)::int AS n FROM escalation.assignment_history
       WHERE assignment_id = ANY($1::uuid[]) AND event = 'escalated' GROUP BY assignment_id`,
      [assignmentIds],
    );
    expect(rows.map((row) => row.n)).toEqual(assignmentIds.map(() => 2));
  });
});
