/** Every event Redress publishes. One Kafka topic per type, named as the type. */
export const EventType = {
  ComplaintReceived: 'complaint.received',
  ComplaintAttachmentAdded: 'complaint.attachment-added',
  RootCauseOpened: 'rootcause.opened',
  RootCauseComplaintLinked: 'rootcause.complaint-linked',
  RootCauseIdentified: 'rootcause.identified',
  RootCauseReviewDeadlineApproaching: 'rootcause.review-deadline-approaching',
  RootCauseClusterDetected: 'rootcause.cluster-detected',
  CategorySpikeDetected: 'category.spike-detected',
  AssignmentCreated: 'assignment.created',
  AssignmentAcknowledged: 'assignment.acknowledged',
  AssignmentEscalated: 'assignment.escalated',
  AssignmentBreached: 'assignment.breached',
  AssignmentDeadlineApproaching: 'assignment.deadline-approaching',
  AssignmentPaused: 'assignment.paused',
  AssignmentResumed: 'assignment.resumed',
  RootCauseResolved: 'rootcause.resolved',
  CustomerNotified: 'customer.notified',
  CompensationGranted: 'compensation.granted',
  CompensationReviewRequired: 'compensation.review-required',
  FeedbackReceived: 'feedback.received',
  PlaybookApplied: 'playbook.applied',
  FollowUpRequested: 'followup.requested',
  FollowUpAssigned: 'followup.assigned',
  FollowUpEscalated: 'followup.escalated',
  FollowUpCompleted: 'followup.completed',
  ComplaintClosed: 'complaint.closed',
  CustomerErased: 'customer.erased',
  CustomerErasureProgressed: 'customer.erasure-progressed',
} as const;

export type EventType = (typeof EventType)[keyof typeof EventType];

export const ALL_EVENT_TYPES: readonly EventType[] = Object.values(EventType);

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (ALL_EVENT_TYPES as readonly string[]).includes(value);
}

export const SERVICES = ['intake', 'triage', 'escalation', 'notifier'] as const;
export type ServiceName = (typeof SERVICES)[number];
