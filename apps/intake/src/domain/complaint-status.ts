import { EventEnvelope, EventType } from '@redress/contracts/vocabulary';

/**
 * The life of a complaint as its client system sees it. Status only moves forward: an event that arrives late
 * (events about a root cause and about a complaint travel on different keys) never takes a complaint back.
 * `follow-up`: the customer rated the answer low enough to be owed a callback; the complaint closes once it is made.
 */
export const COMPLAINT_STATUSES = [
  'received',
  'acknowledged',
  'triaged',
  'assigned',
  'escalated',
  'resolved',
  'follow-up',
  'closed',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export function statusRank(status: ComplaintStatus): number {
  return COMPLAINT_STATUSES.indexOf(status);
}

export function statusAtRank(rank: number): ComplaintStatus {
  return COMPLAINT_STATUSES[Math.max(0, Math.min(rank, COMPLAINT_STATUSES.length - 1))];
}

/** The status an event brings its complaint(s) to, or null when the event does not move the status. */
export function statusReachedBy(event: EventEnvelope): ComplaintStatus | null {
  return statusReachedByType(event.type, event.data as unknown as Record<string, unknown>);
}

/**
 * The same from an event's type and data (or the details a timeline entry kept of them). Feedback alone closes
 * nothing: the notifier decides when a complaint closes and says so with `complaint.closed`.
 */
export function statusReachedByType(type: string, data: Record<string, unknown>): ComplaintStatus | null {
  switch (type) {
    case EventType.ComplaintReceived:
      return 'received';
    case EventType.CustomerNotified:
      return data.kind === 'acknowledgement' && data.status === 'sent' ? 'acknowledged' : null;
    case EventType.RootCauseComplaintLinked:
      return 'triaged';
    case EventType.AssignmentCreated:
      return 'assigned';
    case EventType.AssignmentEscalated:
      return 'escalated';
    case EventType.RootCauseResolved:
      return 'resolved';
    case EventType.FollowUpRequested:
      return 'follow-up';
    case EventType.ComplaintClosed:
      return 'closed';
    default:
      return null;
  }
}
