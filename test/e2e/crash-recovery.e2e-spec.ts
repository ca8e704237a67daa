import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const TEXTS = [
  { touchpoint: 'delivery', text: 'The courier was late' },
  { touchpoint: 'store', text: 'The cashier was rude' },
  { touchpoint: 'web', text: 'The site shows an error at checkout' },
  // Unclassified, with one significant word only: never a cluster, so each complaint keeps its single link.
  { touchpoint: 'app', text: 'Something odd' },
];

/**
 * Kill or stop a service in the middle of a flow, restart it, and find every complaint processed exactly once.
 * Nobody votes here: a short committee review lets the deadline identify each root cause.
 */
describeE2E('crash recovery', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // CONTACT_WINDOWS=ignore: the sample customer's window (09:00-20:00 Moscow) would hold acknowledgements overnight.
    // DELIVERY_LEASE: a message the killed notifier had on the wire is sent again once its lease expires.
    stack = await startTestStack('crash', {
      COMMITTEE_REVIEW_TIMEOUT: '1s',
      CONTACT_WINDOWS: 'ignore',
      DELIVERY_LEASE: '40s',
    });
  });

  afterAll(() => stack?.stop());

  async function post(count: number, offset: number): Promise<string[]> {
    const { apiKey } = stack.secrets;
    const responses = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        postComplaint(stack.services.intake.url, apiKey, complaintBody(TEXTS[(offset + index) % TEXTS.length])),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 202));
    return responses.map((response) => response.body?.id as string);
  }

  it.each([
    ['triage', 'killed (SIGKILL)'],
    ['notifier', 'killed (SIGKILL)'],
    ['escalation', 'stopped (SIGTERM)'],
  ] as const)('loses and duplicates nothing when %s is %s mid-flow', async (victim, how) => {
    const before = await post(20, 0);
    if (how === 'stopped (SIGTERM)') await stack.services[victim].stop();
    else await stack.services[victim].kill();
    const during = await post(20, 2);
    await stack.services[victim].start();
    const ids = [...before, ...during];

    for (const id of ids) {
      const { body } = await eventually(
        () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, id),
        ({ body }) =>
          body.status === 'assigned' &&
          body.timeline.some(
            (entry: { type: string; details: { kind?: string } }) =>
              entry.type === 'customer.notified' && entry.details.kind === 'acknowledgement',
          ),
        { what: `complaint ${id} to be assigned and acknowledged`, timeoutMs: 60_000 },
      );
      // Progress messages (the assignment) come on their own time; the acknowledgement is the one to count.
      const types = body.timeline
        .filter(
          (entry: { type: string; details: { kind?: string } }) =>
            entry.type !== 'customer.notified' || entry.details.kind === 'acknowledgement',
        )
        .map((entry: { type: string }) => entry.type);
      for (const once of [
        'complaint.received',
        'rootcause.complaint-linked',
        'customer.notified',
        'assignment.created',
      ]) {
        expect({ id, type: once, count: types.filter((type: string) => type === once).length }).toEqual({
          id,
          type: once,
          count: 1,
        });
      }
    }

    const { rows } = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM triage.complaint_links WHERE complaint_id = ANY($1::uuid[])) AS links,
              (SELECT count(*)::int FROM notifier.notifications WHERE complaint_id = ANY($1::uuid[]) AND kind = 'acknowledgement') AS notifications,
              (SELECT count(*)::int FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked' AND message_key = ANY($1::text[])) AS linked_events,
              (SELECT count(*)::int FROM notifier.outbox WHERE event_type = 'customer.notified' AND message_key = ANY($1::text[])
                 AND payload->'data'->>'kind' = 'acknowledgement') AS notified_events,
              (SELECT count(*)::int FROM escalation.assignments) AS assignments,
              (SELECT count(*)::int FROM triage.root_causes) AS root_causes`,
      [ids],
    );
    expect(rows[0]).toMatchObject({ links: 40, notifications: 40, linked_events: 40, notified_events: 40 });
    expect(rows[0].assignments).toBe(rows[0].root_causes);
  });
});
