import { buildEvent, EventEnvelope, EventType, topicFor } from '@redress/contracts';
import { hashToken, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { complaintBody, postComplaint } from './complaints';
import { eventually } from './eventually';
import { KafkaProbe } from './kafka-probe';
import { TestStack } from './test-stack';

const FEEDBACK_LINK = /\/feedback\/(fb_[\w-]{43})/;
const STATUS_LINK = /\/status\/(st_[\w-]{43})/;

export interface NotifierResponse {
  status: number;
  body: any;
}

/**
 * Drives the notifier as its neighbours would: complaints through intake, root-cause events produced with the probe
 * onto root causes of the test's own (a move, as the chair's), and its API with the seeded supervisor's token.
 */
export class NotifierDriver {
  constructor(
    private readonly stack: TestStack,
    private readonly probe: KafkaProbe,
  ) {}

  call = (
    method: string,
    path: string,
    body?: unknown,
    token: string | null = this.stack.secrets.supervisorToken,
  ): Promise<NotifierResponse> =>
    fetch(`${this.stack.services.notifier.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
      .then(async (response) => ({ status: response.status, text: await response.text() }))
      .then(({ status, text }) => ({ status, body: text.startsWith('{') ? JSON.parse(text) : text }));

  /** Files a complaint (default text about a late courier, no contact window) and returns its id. */
  post = async (overrides: Record<string, unknown> = {}, customer: Record<string, unknown> = {}): Promise<string> => {
    const base = complaintBody();
    const body = {
      ...base,
      text: 'The courier was three hours late and rude on the phone.',
      ...overrides,
      customer: { ...(base.customer as object), contactWindow: undefined, ...customer },
    };
    const accepted = await postComplaint(this.stack.services.intake.url, this.stack.secrets.apiKey, body);
    if (accepted.status !== 202)
      throw new Error(`complaint not accepted: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    return accepted.body?.id as string;
  };

  notifications = async (complaintId: string): Promise<Record<string, any>[]> =>
    (await this.call('GET', `/notifications?complaintId=${complaintId}`)).body.items;

  /** The data of the events of `type` the notifier wrote to its outbox for `complaintId`, in order. */
  outbox = async (type: string, complaintId: string): Promise<Record<string, any>[]> =>
    (
      await this.stack.db.query(
        `SELECT payload FROM notifier.outbox WHERE event_type = $1 AND message_key = $2 ORDER BY seq`,
        [type, complaintId],
      )
    ).rows.map((row) => row.payload.data);

  /** Moves the complaints (once triage has filed them) to a root cause of their own, as the chair's move would. */
  ownRootCause = async (complaintIds: string[]): Promise<string> => {
    const rootCauseId = randomUUID();
    for (const complaintId of complaintIds) {
      await eventually(
        async () =>
          (
            await this.stack.db.query(
              `SELECT root_cause_id FROM notifier.complaints WHERE id = $1 AND received_at IS NOT NULL`,
              [complaintId],
            )
          ).rows,
        (rows) => rows.length === 1 && rows[0].root_cause_id !== null,
        { what: `the notifier to know complaint ${complaintId} and its link` },
      );
      await this.link(complaintId, rootCauseId);
    }
    await eventually(
      async () =>
        (
          await this.stack.db.query(`SELECT count(*)::int AS n FROM notifier.complaints WHERE root_cause_id = $1`, [
            rootCauseId,
          ])
        ).rows[0].n,
      (n) => n === complaintIds.length,
      { what: 'the move to the test root cause' },
    );
    return rootCauseId;
  };

  link = async (complaintId: string, rootCauseId: string): Promise<void> => {
    const event = buildEvent('triage', {
      type: EventType.RootCauseComplaintLinked,
      key: complaintId,
      data: {
        complaintId,
        rootCauseId,
        category: 'late-delivery',
        linkedAt: new Date().toISOString(),
        previousRootCauseId: randomUUID(),
        relinkReason: 'moved',
      },
    });
    await this.send(event);
  };

  assigned = (rootCauseId: string, department = 'logistics') =>
    buildEvent('escalation', {
      type: EventType.AssignmentCreated,
      key: rootCauseId,
      data: {
        assignmentId: randomUUID(),
        rootCauseId,
        department,
        owner: { id: 'owner-1', name: 'Oleg Ivanov' },
        level: 1,
        acknowledgeDueAt: new Date(Date.now() + 4 * 3600_000).toISOString(),
        resolveDueAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
        complaintCount: 1,
      },
    });

  /** As escalation publishes it; `customerSummary` is what customers are to read (none: a neutral sentence). */
  resolved = (rootCauseId: string, customerSummary?: string) =>
    buildEvent('escalation', {
      type: EventType.RootCauseResolved,
      key: rootCauseId,
      data: {
        rootCauseId,
        assignmentId: randomUUID(),
        actionsTaken: 'Hired four weekend couriers',
        causeReport: 'Too few couriers for the weekend slots sold',
        eliminationProposal: 'Sell only the slots the couriers can cover',
        ...(customerSummary ? { customerSummary } : {}),
        owner: { id: 'owner-1', name: 'Oleg Ivanov' },
        complaintCount: 1,
        resolvedAt: new Date().toISOString(),
      },
    });

  send = async (event: EventEnvelope): Promise<void> => {
    await this.probe.send(topicFor(event.type, this.stack.topicPrefix), [
      { key: event.key, value: JSON.stringify(event) },
    ]);
  };

  /** Another supervisor, as the seed makes them: their id and bearer token. */
  addSupervisor = async (name: string): Promise<{ id: string; token: string }> => {
    const id = randomUUID();
    const token = newToken('rs');
    await this.stack.db.query('INSERT INTO notifier.supervisors (id, name, token_hash) VALUES ($1, $2, $3)', [
      id,
      name,
      hashToken(token),
    ]);
    return { id, token };
  };

  /** Resolves the complaints' own root cause and waits until each one's claim is granted or under review. */
  resolveAndSettle = async (complaintIds: string[]): Promise<void> => {
    const rootCauseId = await this.ownRootCause(complaintIds);
    await this.send(this.resolved(rootCauseId));
    await eventually(
      async () =>
        (
          await this.stack.db.query(
            `SELECT count(*)::int AS n FROM notifier.compensations WHERE complaint_id = ANY($1::uuid[]) AND status <> 'none'`,
            [complaintIds],
          )
        ).rows[0].n,
      (n) => n === complaintIds.length,
      { what: 'the compensations settled' },
    );
  };

  /** The token of the status link in the complaint's first message of `kind` (the notifier keeps only hashes). */
  statusToken = async (complaintId: string, kind = 'acknowledgement'): Promise<string> => {
    const { rows } = await eventually(
      () =>
        this.stack.db.query(
          `SELECT body FROM notifier.notifications WHERE complaint_id = $1 AND kind = $2 ORDER BY created_at LIMIT 1`,
          [complaintId, kind],
        ),
      (result) => result.rows.length === 1 && STATUS_LINK.test(result.rows[0].body),
      { what: `the status link in the ${kind} message` },
    );
    return (STATUS_LINK.exec(rows[0].body) as RegExpExecArray)[1];
  };

  /** The token of the complaint's survey, from the link in its resolution message (the notifier keeps only its hash). */
  feedbackToken = async (complaintId: string): Promise<string> => {
    const links = await eventually(
      async () =>
        (
          await this.stack.db.query(
            `SELECT body FROM notifier.notifications WHERE complaint_id = $1 AND kind = 'resolution'`,
            [complaintId],
          )
        ).rows
          .map((row) => FEEDBACK_LINK.exec(row.body)?.[1])
          .filter(Boolean),
      (tokens) => tokens.length === 1,
      { what: 'the feedback link in the resolution message' },
    );
    return links[0] as string;
  };
}
