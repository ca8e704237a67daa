import { randomUUID } from 'node:crypto';
import { callApi } from '../../scripts/stack/api';
import { complaintBody, postComplaint } from '../support/complaints';
import { assignmentOf, ownerAt } from '../support/escalation';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { publishResolved } from '../support/resolve';
import { committee, rootCauseOf, triage } from '../support/triage';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const DAY = 24 * 3600_000;
const DAMAGED = 'The parcel arrived damaged, the box was crushed.';

/**
 * Closing the loop in triage, on a controlled clock: `rootcause.resolved` carries the resolution time, and seeded
 * complaint history sits around it. Each scenario uses its own touchpoint, so its root causes are its own.
 */
describeE2E('closing the loop', () => {
  let stack: TestStack;
  let probe: KafkaProbe;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack('loop', {
      EFFECTIVENESS_WEEKS: '4',
      RECURRENCE_WINDOW: '30d',
      CLUSTER_SIZE: '5',
      CLUSTER_WINDOW: '24h',
    });
    probe = new KafkaProbe(stack.brokers);
    token = committee(stack).others[0].token;
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  async function fileComplaint(
    touchpoint: string,
    text = DAMAGED,
  ): Promise<{ complaintId: string; rootCauseId: string }> {
    const posted = await postComplaint(
      stack.services.intake.url,
      stack.secrets.apiKey,
      complaintBody({ touchpoint, text }),
    );
    return { complaintId: posted.body!.id, rootCauseId: await rootCauseOf(stack, posted.body!.id) };
  }

  async function resolveAt(rootCauseId: string, resolvedAt: Date): Promise<void> {
    await publishResolved(probe, stack, rootCauseId, resolvedAt);
    await eventually(
      () => triage(stack, 'GET', `/rootcauses/${rootCauseId}`, token),
      ({ body }) => body.status === 'resolved',
      {
        what: `root cause ${rootCauseId} to be resolved`,
      },
    );
  }

  /** Complaint history of the cause's category and touchpoint, `days` relative to `from`. */
  async function seedHistory(rootCauseId: string, from: Date, days: number[]): Promise<void> {
    for (const offset of days) {
      const at = new Date(from.getTime() + offset * DAY);
      await stack.db.query(
        `INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, category, received_at, linked_at)
         VALUES ($1, $2, 'upset', 'damaged-goods', $3, $3)`,
        [randomUUID(), rootCauseId, at],
      );
    }
  }

  it('shows what happened after a fix on the root cause, in the agenda and as a marker in the trends', async () => {
    const { complaintId, rootCauseId } = await fileComplaint('store');
    const resolvedAt = new Date(Date.now() - 15 * DAY);
    // Eight complaints in the four weeks before the fix (the filed one among them), two in the 15 days since.
    await stack.db.query(`UPDATE triage.complaint_links SET received_at = $2 WHERE complaint_id = $1`, [
      complaintId,
      new Date(resolvedAt.getTime() - DAY),
    ]);
    await seedHistory(rootCauseId, resolvedAt, [-27, -22, -20, -15, -10, -8, -3, 2, 9]);
    await resolveAt(rootCauseId, resolvedAt);

    const { body } = await triage(stack, 'GET', `/rootcauses/${rootCauseId}`, token);
    expect(body.effectiveness).toMatchObject({
      weeks: 4,
      before: [2, 2, 2, 2],
      after: [1, 1, 0],
      beforePerWeek: 2,
      afterPerWeek: 0.93,
      changePercent: -53,
    });
    expect(body.effectiveness.summary).toMatch(/53 % fewer\. This is what happened after the fix, not proof/);

    const agenda = await triage(stack, 'GET', '/committee/agenda', token);
    expect(agenda.body.recentlyResolved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: rootCauseId, effectiveness: expect.objectContaining({ changePercent: -53 }) }),
      ]),
    );
    const trends = await triage(stack, 'GET', '/trends?weeks=8', token);
    expect(trends.body.fixes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rootCauseId, category: 'damaged-goods', touchpoint: 'store' }),
      ]),
    );
  });

  it('reopens a recently resolved cause for the committee when a complaint received after the fix matches it', async () => {
    const first = await fileComplaint('web');
    await resolveAt(first.rootCauseId, new Date(Date.now() - 10 * DAY));

    const again = await fileComplaint('web');
    expect(again.rootCauseId).not.toBe(first.rootCauseId);
    const reopened = await triage(stack, 'GET', `/rootcauses/${again.rootCauseId}`, token);
    expect(reopened.body).toMatchObject({ status: 'under-review', recurrenceOf: first.rootCauseId, complaintCount: 1 });
    const original = await triage(stack, 'GET', `/rootcauses/${first.rootCauseId}`, token);
    expect(original.body.recurrences).toEqual([
      expect.objectContaining({ id: again.rootCauseId, status: 'under-review' }),
    ]);
    // The committee sees it flagged, with the old cause as the suggestion, and only the new complaint in it.
    const agenda = await triage(stack, 'GET', '/committee/agenda', token);
    expect(agenda.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: again.rootCauseId, recurrenceOf: first.rootCauseId })]),
    );
    expect(reopened.body.complaints.items.map((link: { complaintId: string }) => link.complaintId)).toEqual([
      again.complaintId,
    ]);
    const { rows } = await stack.db.query(
      `SELECT payload FROM triage.outbox WHERE event_type = 'rootcause.opened' AND message_key = $1`,
      [again.rootCauseId],
    );
    expect(rows[0].payload.data.recurrenceOf).toBe(first.rootCauseId);
  });

  it('gives a recurrence a new assignment of the same department, and tells only its new customers when it is resolved', async () => {
    const resolutions = (complaintId: string) =>
      stack.db.query(
        `SELECT count(*)::int AS count FROM notifier.notifications WHERE complaint_id = $1 AND kind = 'resolution'`,
        [complaintId],
      );
    const first = await fileComplaint('app', 'The app crashes when I open my orders');
    await resolveAt(first.rootCauseId, new Date(Date.now() - 3 * DAY));
    await eventually(
      () => resolutions(first.complaintId),
      (result) => result.rows[0].count === 1,
      { what: 'the first customer to be told of the first fix' },
    );
    const again = await fileComplaint('app', 'The app crashes again on the orders screen');
    const recurrence = await triage(stack, 'GET', `/rootcauses/${again.rootCauseId}`, token);
    expect(recurrence.body).toMatchObject({ recurrenceOf: first.rootCauseId, suggestion: { department: 'it' } });

    const { chair } = committee(stack);
    const decided = await triage(stack, 'POST', `/rootcauses/${again.rootCauseId}/decision`, chair.token, {
      cause: recurrence.body.suggestion.cause,
      department: recurrence.body.suggestion.department,
    });
    expect([decided.status, decided.body]).toEqual([200, expect.anything()]);
    const assignmentId = await assignmentOf(stack, again.rootCauseId);
    const owner = ownerAt(stack, 'it', 1);
    expect(
      (await callApi(stack.services.escalation.url, 'POST', `/assignments/${assignmentId}/acknowledge`, owner.token))
        .status,
    ).toBe(200);
    const resolved = await callApi(
      stack.services.escalation.url,
      'POST',
      `/assignments/${assignmentId}/resolve`,
      owner.token,
      {
        actionsTaken: 'Rolled back the orders screen',
        causeReport: 'A null order list crashed the screen',
        eliminationProposal: 'Contract tests for empty lists',
      },
    );
    expect([resolved.status, resolved.body]).toEqual([200, expect.anything()]);

    await eventually(
      () => resolutions(again.complaintId),
      (result) => result.rows[0].count === 1,
      { what: 'the recurrence customer to be told' },
    );
    // The first customer heard about the first fix once, and nothing about the second.
    expect((await resolutions(first.complaintId)).rows[0].count).toBe(1);
  });

  it('does not reopen for a complaint received before the fix, nor after the recurrence window', async () => {
    const beforeFix = await fileComplaint('call-centre');
    // The fix is recorded as later than the next complaint's receipt: that complaint is late news, not a recurrence.
    await resolveAt(beforeFix.rootCauseId, new Date(Date.now() + 3600_000));
    const late = await fileComplaint('call-centre');
    expect((await triage(stack, 'GET', `/rootcauses/${late.rootCauseId}`, token)).body.recurrenceOf).toBeNull();

    const longAgo = await fileComplaint('other');
    await resolveAt(longAgo.rootCauseId, new Date(Date.now() - 31 * DAY));
    const later = await fileComplaint('other');
    expect(later.rootCauseId).not.toBe(longAgo.rootCauseId);
    expect((await triage(stack, 'GET', `/rootcauses/${later.rootCauseId}`, token)).body.recurrenceOf).toBeNull();
  });

  it('proposes a root cause when five resembling complaints no rule knows arrive within the window, and not at four', async () => {
    const parking = (detail: string) => `The parking barrier at the store entrance ${detail}`;
    const filed = [];
    for (const detail of [
      'beeps at every driver',
      'hit my bonnet',
      'closed on my trailer',
      'would not open for ages',
    ]) {
      filed.push(await fileComplaint('store', parking(detail)));
    }
    // Unclassified, and unlike the others: it stays where it is.
    const unrelated = await fileComplaint('store', 'Nobody answers the telephone at the customer hotline number');
    const unclassified = filed[0].rootCauseId;
    expect(new Set(filed.map((complaint) => complaint.rootCauseId))).toEqual(new Set([unclassified]));
    const four = await triage(stack, 'GET', `/rootcauses/${unclassified}`, token);
    expect(four.body).toMatchObject({ category: 'unclassified', status: 'under-review', complaintCount: 5 });
    const noAlert = await stack.db.query(`SELECT 1 FROM triage.outbox WHERE event_type = 'rootcause.cluster-detected'`);
    expect(noAlert.rowCount).toBe(0);

    const fifth = await fileComplaint('store', parking('trapped my van for an hour'));
    const proposed = await eventually(
      () =>
        stack.db.query(`SELECT root_cause_id FROM triage.complaint_links WHERE complaint_id = $1`, [fifth.complaintId]),
      (result) => result.rows[0]?.root_cause_id !== unclassified,
      { what: 'the fifth parking complaint to complete a cluster' },
    );
    const clusterId = proposed.rows[0].root_cause_id;
    const cluster = await triage(stack, 'GET', `/rootcauses/${clusterId}`, token);
    expect(cluster.body).toMatchObject({
      status: 'under-review',
      touchpoint: 'store',
      complaintCount: 5,
      category: expect.stringMatching(/^emerging:/),
    });
    expect(cluster.body.suggestion.cause).toMatch(/barrie|parkin/);
    expect(cluster.body.complaints.items.map((link: { complaintId: string }) => link.complaintId).sort()).toEqual(
      [...filed.map((complaint) => complaint.complaintId), fifth.complaintId].sort(),
    );
    const left = await triage(stack, 'GET', `/rootcauses/${unclassified}`, token);
    expect(left.body).toMatchObject({ status: 'under-review', complaintCount: 1 });
    expect(left.body.complaints.items.map((link: { complaintId: string }) => link.complaintId)).toEqual([
      unrelated.complaintId,
    ]);

    const { rows } = await stack.db.query(
      `SELECT payload FROM triage.outbox WHERE event_type = 'rootcause.cluster-detected'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].payload.data).toMatchObject({ rootCauseId: clusterId, touchpoint: 'store', complaintCount: 5 });
    expect(rows[0].payload.data.words).toEqual(expect.arrayContaining(['barrie', 'parkin']));
    const relinks = await stack.db.query(
      `SELECT count(*)::int AS count FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked' AND payload->'data'->>'relinkReason' = 'clustered'`,
    );
    expect(relinks.rows[0].count).toBe(5);
  });
});
