import { EventType, SERVICES, ServiceName } from '@redress/contracts';
import { Pool } from 'pg';
import { EVENT_CATALOGUE, EventEntry } from '../docs/event-catalogue';

/** The event types `service` has a handler for, from the event catalogue (which a docs spec checks against the code). */
function consumedBy(service: ServiceName): EventType[] {
  return (Object.entries(EVENT_CATALOGUE) as [EventType, EventEntry][])
    .filter(([, entry]) => entry.consumers.includes(service))
    .map(([type]) => type);
}

/** The outbox rows of `services`, as one relation. */
function outboxesOf(services: readonly ServiceName[]): string {
  return services
    .map((schema) => `SELECT event_id, event_type, created_at, sent_at FROM "${schema}".outbox`)
    .join(' UNION ALL ');
}

const EVERY_OUTBOX = outboxesOf(SERVICES);

/**
 * What is still in flight of what existed at `asOf` (everything when null): outbox rows not yet published, events
 * published but not yet in a consuming service's inbox, and accepted complaints not yet linked by triage, known to
 * the notifier or acknowledged. Zero everywhere means the pipeline has caught up with that moment. With `only`, just
 * that service's part, so another service's fault does not hold it up: its outbox rows of that moment published, the
 * events already published by then in its inbox, and its complaint effects (triage links, the notifier knows and
 * acknowledges) for complaints whose complaint.received was published by then. Customers of `unreachableClients`
 * (client system names whose endpoint never answers) are not expected to have been acknowledged yet.
 */
export async function backlogAsOf(
  db: Pool,
  asOf: Date | null,
  only?: ServiceName,
  unreachableClients: string[] = [],
): Promise<{ unsent: number; unconsumed: number; complaints: number }> {
  const at = asOf ?? new Date('9999-01-01T00:00:00Z');
  const services = only ? [only] : SERVICES;
  const unsent = await db.query(
    `SELECT count(*)::int AS n FROM (${outboxesOf(services)}) o WHERE o.sent_at IS NULL AND o.created_at <= $1`,
    [at],
  );
  let unconsumed = 0;
  for (const service of services) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM (${EVERY_OUTBOX}) o
       WHERE o.event_type = ANY($1::text[]) AND ${only ? 'o.sent_at' : 'o.created_at'} <= $2
         AND NOT EXISTS (SELECT 1 FROM "${service}".inbox i WHERE i.event_id = o.event_id)`,
      [consumedBy(service), at],
    );
    unconsumed += rows[0].n;
  }
  const effects = [
    ...(!only || only === 'triage'
      ? ['NOT EXISTS (SELECT 1 FROM triage.complaint_links l WHERE l.complaint_id = c.id)']
      : []),
    ...(!only || only === 'notifier'
      ? [
          'NOT EXISTS (SELECT 1 FROM notifier.complaints n WHERE n.id = c.id AND n.received_at IS NOT NULL)',
          `(NOT EXISTS (SELECT 1 FROM notifier.notifications m WHERE m.complaint_id = c.id AND m.kind = 'acknowledgement' AND m.status = 'sent')
            AND c.client_system_id NOT IN (SELECT s.id FROM intake.client_systems s WHERE s.name = ANY($2::text[])))`,
        ]
      : []),
  ];
  const complaints = effects.length
    ? (
        await db.query(
          only
            ? `SELECT count(*)::int AS n FROM intake.complaints c
               JOIN intake.outbox r ON r.message_key = c.id::text AND r.event_type = 'complaint.received' AND r.sent_at <= $1
               WHERE ${effects.join(' OR ')}`
            : `SELECT count(*)::int AS n FROM intake.complaints c WHERE c.received_at <= $1 AND (${effects.join(' OR ')})`,
          !only || only === 'notifier' ? [at, unreachableClients] : [at],
        )
      ).rows[0].n
    : 0;
  return { unsent: unsent.rows[0].n, unconsumed, complaints };
}

export interface ChaosVerdict {
  /** Complaint rows intake holds for the run's orders, and how many orders have more than one (a lost idempotency). */
  intakeRows: number;
  duplicateComplaints: number;
  linked: number;
  knownToNotifier: number;
  /** Complaints with exactly one acknowledgement, sent; with more than one; with none sent. */
  acknowledgedOnce: number;
  acknowledgedTwice: number;
  acknowledgementMissing: number;
  /** Complaints whose root cause is resolved, with one resolution message / one compensation decision, more, none. */
  resolvedComplaints: number;
  resolutionOnce: number;
  resolutionTwice: number;
  resolutionMissing: number;
  compensatedOnce: number;
  compensatedTwice: number;
  compensationMissing: number;
  unsentOutbox: Record<string, number>;
  /** Published events of a type a service handles that never reached that service's inbox, per service. */
  unconsumed: Record<string, number>;
}

export async function readVerdict(db: Pool, runId: string, ids: string[]): Promise<ChaosVerdict> {
  const one = async (sql: string, params: unknown[] = [ids]) =>
    (await db.query(sql, params)).rows[0] as Record<string, number>;
  const intake = await one(
    `SELECT count(*)::int AS rows, (count(*) - count(DISTINCT external_ref))::int AS duplicates FROM intake.complaints WHERE external_ref LIKE $1`,
    [`${runId}-%`],
  );
  const linked = await one(
    `SELECT count(*)::int AS n FROM triage.complaint_links WHERE complaint_id = ANY($1::uuid[])`,
  );
  const known = await one(
    `SELECT count(*)::int AS n FROM notifier.complaints WHERE id = ANY($1::uuid[]) AND received_at IS NOT NULL`,
  );
  const perKind = async (kind: string, among: string) =>
    one(
      `SELECT count(*) FILTER (WHERE total = 1 AND sent = 1)::int AS once, count(*) FILTER (WHERE total > 1)::int AS more,
              count(*) FILTER (WHERE total <= 1 AND sent = 0)::int AS missing
       FROM (SELECT c.id, count(m.id) AS total, count(m.id) FILTER (WHERE m.status = 'sent') AS sent
             FROM unnest($1::uuid[]) AS c(id) LEFT JOIN notifier.notifications m ON m.complaint_id = c.id AND m.kind = '${kind}'
             ${among} GROUP BY c.id) per`,
    );
  const resolvedFilter = `WHERE c.id IN (SELECT l.complaint_id FROM triage.complaint_links l JOIN triage.root_causes r ON r.id = l.root_cause_id
                                         WHERE r.status = 'resolved' AND l.complaint_id = ANY($1::uuid[]))`;
  const acknowledgements = await perKind('acknowledgement', '');
  const resolutions = await perKind('resolution', resolvedFilter);
  const resolved = await one(
    `SELECT count(*)::int AS n FROM triage.complaint_links l JOIN triage.root_causes r ON r.id = l.root_cause_id
     WHERE r.status = 'resolved' AND l.complaint_id = ANY($1::uuid[])`,
  );
  const compensations = await one(
    `SELECT count(*) FILTER (WHERE n = 1)::int AS once, count(*) FILTER (WHERE n > 1)::int AS more, count(*) FILTER (WHERE n = 0)::int AS missing
     FROM (SELECT c.id, count(p.id) AS n FROM unnest($1::uuid[]) AS c(id) LEFT JOIN notifier.compensations p ON p.complaint_id = c.id
           ${resolvedFilter} GROUP BY c.id) per`,
  );
  const unsentOutbox: Record<string, number> = {};
  for (const schema of SERVICES) {
    unsentOutbox[schema] = (await one(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE sent_at IS NULL`, [])).n;
  }
  const unconsumed: Record<string, number> = {};
  for (const service of SERVICES) {
    unconsumed[service] = (
      await one(
        `SELECT count(*)::int AS n FROM (${EVERY_OUTBOX}) o WHERE o.event_type = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM "${service}".inbox i WHERE i.event_id = o.event_id)`,
        [consumedBy(service)],
      )
    ).n;
  }
  return {
    intakeRows: intake.rows,
    duplicateComplaints: intake.duplicates,
    linked: linked.n,
    knownToNotifier: known.n,
    acknowledgedOnce: acknowledgements.once,
    acknowledgedTwice: acknowledgements.more,
    acknowledgementMissing: acknowledgements.missing,
    resolvedComplaints: resolved.n,
    resolutionOnce: resolutions.once,
    resolutionTwice: resolutions.more,
    resolutionMissing: resolutions.missing,
    compensatedOnce: compensations.once,
    compensatedTwice: compensations.more,
    compensationMissing: compensations.missing,
    unsentOutbox,
    unconsumed,
  };
}

/** Notification id -> kind, for the run's complaints, to classify what the sinks received. */
export async function notificationKinds(db: Pool, ids: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query(
    `SELECT id::text, kind FROM notifier.notifications WHERE complaint_id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row: { id: string; kind: string }) => [row.id, row.kind]));
}
