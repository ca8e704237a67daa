import { Injectable, NotFoundException } from '@nestjs/common';
import { formatMinorUnits, MoneyPayload } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { ClientSystem } from '../../auth/client-system.guard';
import { ComplaintStatus } from '../../domain/complaint-status';
import { statusChanges } from '../../domain/status-changes';
import { ComplaintView, TimelineItem } from './complaint.view';

interface ComplaintRow {
  id: string;
  external_ref: string | null;
  status: ComplaintStatus;
  received_at: Date;
  customer: unknown;
  touchpoint: string;
  order: (MoneyPayload & { ref?: string }) | null;
  text: string;
  dissatisfaction: string;
  remedy: { type: string; claimed?: MoneyPayload } | null;
  root_cause_id: string | null;
}

interface TimelineRow {
  type: string;
  occurred_at: Date;
  summary: string;
  details: Record<string, unknown>;
  of_root_cause: boolean;
}

/** The timeline type of a step of the status (not an event: derived from the events, see statusChanges). */
export const STATUS_CHANGED = 'status.changed';

/** Reads one complaint the client system may see with its timeline: its own events plus its root cause's. */
@Injectable()
export class GetComplaintQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(client: ClientSystem, complaintId: string): Promise<ComplaintView> {
    const [row]: ComplaintRow[] = await this.dataSource.query(
      `SELECT id, external_ref, status, received_at, customer, touchpoint, "order", text, dissatisfaction, remedy, root_cause_id
       FROM intake.complaints WHERE id = $1 AND (client_system_id = $2 OR $3)`,
      [complaintId, client.id, client.kind === 'staff-reader'],
    );
    if (!row) throw new NotFoundException(`No complaint ${complaintId}`);
    const timeline: TimelineRow[] = await this.dataSource.query(
      `SELECT type, occurred_at, summary, details, false AS of_root_cause FROM intake.complaint_events WHERE complaint_id = $1
       UNION ALL
       SELECT type, occurred_at, summary, details, true FROM intake.root_cause_events WHERE root_cause_id = $2
       ORDER BY occurred_at, type`,
      [row.id, row.root_cause_id],
    );
    return {
      id: row.id,
      externalRef: row.external_ref,
      status: row.status,
      receivedAt: row.received_at.toISOString(),
      customer: row.customer,
      touchpoint: row.touchpoint,
      order: row.order && { ...(row.order.ref ? { ref: row.order.ref } : {}), ...money(row.order) },
      text: row.text,
      dissatisfaction: row.dissatisfaction,
      remedy: row.remedy && {
        type: row.remedy.type,
        ...(row.remedy.claimed ? { amount: money(row.remedy.claimed).amount } : {}),
      },
      rootCauseId: row.root_cause_id,
      assignment: latestAssignment(timeline),
      compensation: compensationOf(timeline),
      timeline: withStatusChanges(timeline),
    };
  }
}

/** The events, and a `status.changed` entry after the event that moved the status, oldest first. */
function withStatusChanges(timeline: TimelineRow[]): TimelineItem[] {
  const items: (TimelineItem & { sortAt: number; order: number })[] = timeline.map((item, order) => ({
    type: item.type,
    at: item.occurred_at.toISOString(),
    summary: item.summary,
    details: item.details,
    sortAt: item.occurred_at.getTime(),
    order,
  }));
  const changes = statusChanges(
    timeline.map((item) => ({
      type: item.type,
      at: item.occurred_at,
      details: item.details,
      ofRootCause: item.of_root_cause,
    })),
  );
  for (const change of changes) {
    items.push({
      type: STATUS_CHANGED,
      at: change.at.toISOString(),
      summary: `Status: ${change.status}`,
      details: { from: change.from, to: change.status },
      sortAt: change.at.getTime(),
      order: timeline.length + items.length,
    });
  }
  return items.sort((a, b) => a.sortAt - b.sortAt || a.order - b.order).map(({ sortAt, order, ...item }) => item);
}

function money(value: MoneyPayload): { amount: string; currency: string } {
  return { amount: formatMinorUnits(value.amount, value.currency), currency: value.currency };
}

function latestAssignment(timeline: TimelineRow[]): ComplaintView['assignment'] {
  let department: string | null = null;
  let level = 0;
  for (const item of timeline) {
    if (item.type === 'assignment.created') {
      department = item.details.department as string;
      level = item.details.level as number;
    } else if (item.type === 'assignment.escalated') {
      level = item.details.toLevel as number;
    }
  }
  return department === null ? null : { department, level };
}

/**
 * What has been granted so far (the latest grant carries the total) and whether a person still has to decide:
 * a review request not yet followed by a grant.
 */
function compensationOf(timeline: TimelineRow[]): ComplaintView['compensation'] {
  const granted = timeline.filter((item) => item.type === 'compensation.granted').at(-1);
  const review = timeline.filter((item) => item.type === 'compensation.review-required').at(-1);
  if (!granted && !review) return null;
  const currency = (granted ?? review)?.details.currency as string;
  const pending =
    review !== undefined && (granted === undefined || timeline.indexOf(granted) < timeline.indexOf(review));
  return {
    amount: (granted?.details.amount as string | undefined) ?? formatMinorUnits(0, currency),
    currency,
    requested: (review?.details.requested as string | undefined) ?? null,
    status: pending ? 'review' : 'granted',
  };
}
