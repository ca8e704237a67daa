import { COMPLAINT_STATUSES, ComplaintStatus, statusRank, statusReachedByType } from './complaint-status';

export interface RecordedEvent {
  type: string;
  at: Date;
  details: Record<string, unknown>;
  /** Root-cause events reach a complaint only from its link on: one that happened earlier counts at the link's time. */
  ofRootCause: boolean;
}

export interface StatusChange {
  status: ComplaintStatus;
  from: ComplaintStatus | null;
  at: Date;
}

/**
 * Every step the complaint's status took, from the events it went through: the same rule as the stored projection
 * (the highest status any of them brings), replayed in time order, so each rise is a timeline entry of its own.
 */
export function statusChanges(events: readonly RecordedEvent[]): StatusChange[] {
  const linkedAt = events.find((event) => event.type === 'rootcause.complaint-linked')?.at ?? null;
  const steps = events
    .map((event) => ({ status: statusReachedByType(event.type, event.details), at: effectiveTime(event, linkedAt) }))
    .filter((step): step is { status: ComplaintStatus; at: Date } => step.status !== null && step.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || statusRank(a.status) - statusRank(b.status));
  const changes: StatusChange[] = [];
  let rank = -1;
  for (const step of steps) {
    if (statusRank(step.status) <= rank) continue;
    changes.push({ status: step.status, from: rank < 0 ? null : COMPLAINT_STATUSES[rank], at: step.at });
    rank = statusRank(step.status);
  }
  return changes;
}

function effectiveTime(event: RecordedEvent, linkedAt: Date | null): Date | null {
  if (!event.ofRootCause) return event.at;
  if (!linkedAt) return null;
  return event.at < linkedAt ? linkedAt : event.at;
}
