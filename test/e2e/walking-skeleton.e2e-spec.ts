import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { committee, identifiedEvents, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * A complaint travels intake -> triage -> (committee vote) -> escalation -> notifier and its status and timeline show
 * each step. The review deadline is the default 72 hours, so only the committee's votes can identify the cause.
 */
describeE2E('walking skeleton', () => {
  let stack: TestStack;
  let intake: string;
  let apiKey: string;

  beforeAll(async () => {
    // The sample customer's window is 09:00-20:00 Moscow time: without this, at night the acknowledgement waits for the morning.
    stack = await startTestStack('skeleton', { CONTACT_WINDOWS: 'ignore' });
    intake = stack.services.intake.url;
    apiKey = stack.secrets.apiKey;
  });

  afterAll(() => stack?.stop());

  it('accepts a complaint, and once a quorum of the committee votes, shows it identified and assigned', async () => {
    const accepted = await postComplaint(intake, apiKey, complaintBody());
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ id: expect.any(String), status: 'received', receivedAt: expect.any(String) });
    expect(accepted.headers.get('location')).toBe(`/complaints/${accepted.body?.id}`);

    // Triaged, then waiting for the committee: no assignment without a decision.
    const triaged = await eventually(
      () => getComplaint(intake, apiKey, accepted.body?.id),
      ({ body }) => body.status === 'triaged',
      {
        what: 'the complaint to be triaged',
      },
    );
    const rootCauseId = await rootCauseOf(stack, accepted.body?.id);
    expect(triaged.body.rootCauseId).toBe(rootCauseId);
    const { chair, others } = committee(stack);
    const agenda = await triage(stack, 'GET', '/committee/agenda', others[0].token);
    expect(agenda.body.items).toEqual([
      expect.objectContaining({
        id: rootCauseId,
        category: 'late-delivery',
        complaintCount: 1,
        impact: 3,
        votes: 0,
        excerpts: ['The courier was three hours late and rude on the phone.'],
      }),
    ]);

    // Three of the four members (a majority) agree on logistics; the first two votes decide nothing.
    const cause = 'Courier capacity does not cover the slots sold on weekends';
    for (const [index, member] of [chair, others[0], others[1]].entries()) {
      const voted = await triage(stack, 'POST', `/rootcauses/${rootCauseId}/votes`, member.token, {
        cause,
        department: 'logistics',
      });
      expect({ index, status: voted.status, state: voted.body.status }).toEqual({
        index,
        status: 200,
        state: index < 2 ? 'under-review' : 'identified',
      });
    }

    const complaint = await eventually(
      () => getComplaint(intake, apiKey, accepted.body?.id),
      ({ body }) =>
        body.status === 'assigned' &&
        body.timeline.some(
          (entry: { type: string; details: { kind?: string } }) =>
            entry.type === 'customer.notified' && entry.details.kind === 'acknowledgement',
        ),
      { what: 'the complaint to be acknowledged and assigned' },
    );
    const body = complaint.body;
    expect(body.text).toBe('The courier was three hours late and rude on the phone.');
    expect(body.order).toEqual({ ref: 'ORD-1042', amount: '2490.00', currency: 'RUB' });
    expect(body.remedy).toEqual({ type: 'refund', amount: '150.00' });
    expect(body.rootCauseId).toBe(rootCauseId);
    expect(body.assignment).toEqual({ department: 'logistics', level: 1 });
    expect(body.timeline.find((entry: { type: string }) => entry.type === 'rootcause.identified').details).toEqual({
      cause,
      department: 'logistics',
      decidedBy: 'committee',
    });
    const [identified] = await identifiedEvents(stack, rootCauseId);
    expect(identified.data.votes).toHaveLength(3);
    expect(identified.data.votes.map((vote: { memberId: string }) => vote.memberId).sort()).toEqual(
      [chair.id, others[0].id, others[1].id].sort(),
    );
    // The progress message ("who handles it") may or may not have been sent yet: each type at least once, the acknowledgement once.
    const acknowledgements = body.timeline.filter(
      (entry: { type: string; details: { kind?: string } }) =>
        entry.type === 'customer.notified' && entry.details.kind === 'acknowledgement',
    );
    expect(acknowledgements).toHaveLength(1);
    // This stack has no SMTP_URL: the email was only logged, and its record says so rather than "sent".
    expect(acknowledgements[0]).toMatchObject({
      summary: 'The acknowledgement by email was only logged, not sent (no transport configured)',
      details: { status: 'sent', transport: 'log-only' },
    });
    expect([...new Set(body.timeline.map((entry: { type: string }) => entry.type))].sort()).toEqual(
      [
        'assignment.created',
        'complaint.received',
        'customer.notified',
        'rootcause.complaint-linked',
        'rootcause.identified',
        'status.changed',
      ].sort(),
    );
    const times = body.timeline.map((entry: { at: string }) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('groups a second complaint of the same kind under the same root cause', async () => {
    const first = await postComplaint(intake, apiKey, complaintBody({ text: 'Delivery was late again' }));
    const second = await postComplaint(intake, apiKey, complaintBody({ text: 'Waited all day, the courier was late' }));
    const [a, b] = await Promise.all(
      [first, second].map((accepted) =>
        eventually(
          () => getComplaint(intake, apiKey, accepted.body?.id),
          ({ body }) => body.status === 'assigned',
          {
            what: 'assignment',
          },
        ),
      ),
    );
    expect(a.body.rootCauseId).toBe(b.body.rootCauseId);
    const { rows } = await stack.db.query(
      'SELECT count(*)::int AS n FROM escalation.assignments WHERE root_cause_id = $1',
      [a.body.rootCauseId],
    );
    expect(rows[0].n).toBe(1);
  });

  describe('refuses bad requests with a 4xx naming the problem', () => {
    it('401 without or with an unknown API key', async () => {
      expect((await postComplaint(intake, '', complaintBody())).status).toBe(401);
      const unknown = await postComplaint(intake, 'rk_not-a-key', complaintBody());
      expect(unknown.status).toBe(401);
      expect(unknown.body?.message).toMatch(/API key/);
    });

    it('400 listing every invalid field', async () => {
      const response = await postComplaint(
        intake,
        apiKey,
        complaintBody({
          customer: {
            name: '',
            phone: '89161234567',
            timezone: 'Mars/Base',
            contactWindow: { from: '25:00', to: '20:00' },
          },
          touchpoint: 'carrier-pigeon',
          dissatisfaction: 'furious',
          order: { amount: '10.001', currency: 'RUB' },
          unexpected: true,
        }),
      );
      expect(response.status).toBe(400);
      const fields = (response.body?.errors as { field: string }[]).map((error) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'customer.name',
          'customer.phone',
          'customer.timezone',
          'customer.contactWindow.from',
          'touchpoint',
          'dissatisfaction',
          'unexpected',
        ]),
      );
    });

    it('400 for money with more decimals than the currency has', async () => {
      const response = await postComplaint(
        intake,
        apiKey,
        complaintBody({ order: { amount: '10.001', currency: 'RUB' } }),
      );
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        { field: 'order.amount', reason: 'RUB has 2 digit(s) after the decimal point' },
      ]);
    });

    it('400 for a body that is not a JSON object, 415 for another content type, 413 above 64 KiB', async () => {
      expect((await postComplaint(intake, apiKey, '{"text": ')).status).toBe(400);
      expect((await postComplaint(intake, apiKey, '[]')).status).toBe(400);
      expect((await postComplaint(intake, apiKey, 'null')).status).toBe(400);
      const form = await fetch(`${intake}/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-api-key': apiKey },
        body: 'hello',
      });
      expect(form.status).toBe(415);
      const huge = await postComplaint(intake, apiKey, complaintBody({ text: 'x'.repeat(70 * 1024) }));
      expect(huge.status).toBe(413);
    });

    it('404 for an unknown complaint and 400 for an id that is not a UUID', async () => {
      expect((await getComplaint(intake, apiKey, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await getComplaint(intake, apiKey, 'not-a-uuid')).status).toBe(400);
    });
  });
});
