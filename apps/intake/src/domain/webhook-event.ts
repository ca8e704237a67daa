/** What a client asks to receive: its complaints' status steps, their timeline entries, or both. */
export const SUBSCRIPTION_KINDS = ['status', 'timeline'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/** The change feed's type for a status step; every other type is a timeline entry. */
export const STATUS_CHANGE = 'status.changed';

export function kindOfChange(type: string): SubscriptionKind {
  return type === STATUS_CHANGE ? 'status' : 'timeline';
}

export interface FeedChange {
  eventId: string;
  position: string;
  complaintId: string;
  type: string;
  at: Date;
  summary: string;
  details: Record<string, unknown>;
}

/**
 * The JSON a subscription receives for one change: small (ids, the status step or the entry), with the event id
 * for deduplication and the feed position, which orders a complaint's events and resumes GET /complaints/changes.
 */
export function webhookBody(change: FeedChange): string {
  const common = {
    id: change.eventId,
    complaintId: change.complaintId,
    position: change.position,
    occurredAt: change.at.toISOString(),
  };
  return JSON.stringify(
    kindOfChange(change.type) === 'status'
      ? {
          ...common,
          type: 'complaint.status-changed',
          data: { from: change.details.from ?? null, to: change.details.to },
        }
      : {
          ...common,
          type: 'complaint.timeline-entry',
          data: { type: change.type, summary: change.summary, details: change.details },
        },
  );
}
