import { Pool } from 'pg';
import { percentile } from '../bench/percentile';
import { FaultRecord } from './chaos-faults';

/** A span of the run (performance.now() ms) during which a fault or its catch-up was under way. */
export type Interval = [from: number, to: number];

/** Complaint id -> ms from its POST to the first arrival of its acknowledgement at a sink. */
export async function acknowledgementTimes(
  db: Pool,
  sentAt: Map<string, number>,
  firstArrival: Map<string, number>,
): Promise<Map<string, number>> {
  const { rows } = await db.query(
    `SELECT id::text, complaint_id::text FROM notifier.notifications WHERE kind = 'acknowledgement' AND complaint_id = ANY($1::uuid[])`,
    [[...sentAt.keys()]],
  );
  const times = new Map<string, number>();
  for (const { id, complaint_id: complaintId } of rows as { id: string; complaint_id: string }[]) {
    const arrived = firstArrival.get(id);
    const posted = sentAt.get(complaintId);
    if (arrived !== undefined && posted !== undefined) times.set(complaintId, arrived - posted);
  }
  return times;
}

/** Each fault from a second before it began until the pipeline had caught up with it. */
export function disturbedIntervals(faults: FaultRecord[], startedAt: number): Interval[] {
  return faults.map((fault) => {
    const ended = fault.endedAt ?? Infinity;
    return [
      startedAt + fault.startedAt * 1000 - 1000,
      startedAt + ended * 1000 + (fault.pipelineCatchUpMs ?? fault.catchUpMs ?? Infinity),
    ];
  });
}

function calm(at: number, disturbed: Interval[]): boolean {
  return disturbed.every(([from, to]) => at < from || at > to);
}

/** How many complaints were posted while no fault was under way. */
export function countCalm(sentAt: Map<string, number>, disturbed: Interval[]): number {
  return [...sentAt.values()].filter((at) => calm(at, disturbed)).length;
}

/** The p99 acknowledgement time of the complaints posted while no fault was under way; a missing one counts as infinite. */
export function calmP99(times: Map<string, number>, sentAt: Map<string, number>, disturbed: Interval[]): number {
  const values = [...sentAt].filter(([, at]) => calm(at, disturbed)).map(([id]) => times.get(id) ?? Infinity);
  return percentile(
    values.sort((a, b) => a - b),
    0.99,
  );
}

/** The tarpit client's acknowledgements: still pending (the endpoint never answers), sent, failed, or never scheduled. */
export async function tarpitOutcome(
  db: Pool,
  ids: string[],
): Promise<{ complaints: number; pending: number; sent: number; failed: number; missing: number }> {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE m.status IN ('scheduled', 'sending'))::int AS pending, count(*) FILTER (WHERE m.status = 'sent')::int AS sent,
            count(*) FILTER (WHERE m.status = 'failed')::int AS failed, count(*) FILTER (WHERE m.id IS NULL)::int AS missing
     FROM unnest($1::uuid[]) AS c(id) LEFT JOIN notifier.notifications m ON m.complaint_id = c.id AND m.kind = 'acknowledgement'`,
    [ids],
  );
  return { complaints: ids.length, ...(rows[0] as { pending: number; sent: number; failed: number; missing: number }) };
}
