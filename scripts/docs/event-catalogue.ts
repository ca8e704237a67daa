import { EventType, ServiceName } from '@redress/contracts';

export interface EventEntry {
  summary: string;
  /** What the message key is: the aggregate whose events stay in order. */
  key: 'complaintId' | 'rootCauseId' | 'erasureId';
  publisher: ServiceName;
  /** Other services that publish it too (each reports on its own part of the work). */
  alsoPublishedBy?: ServiceName[];
  /** Services with a consumer of it (apps/<service>/src/consumers); each reads as its own consumer group. */
  consumers: ServiceName[];
}

/**
 * Who publishes and who consumes each event type. Kept here as data: the services subscribe through decorators
 * that a document generator cannot read without booting them; event-docs.spec.ts checks it against their source.
 */
export const EVENT_CATALOGUE: Record<EventType, EventEntry> = {
  [EventType.ComplaintReceived]: {
    summary:
      "A complaint as intake accepted it, without the customer's identity (version 2): no name, phone, email, externalRef or callbackUrl, the text with the customer's own phone, email and name taken out; hasEmail and hasCallbackUrl for the choice of channel (ADR 0009). Version 1 events carried them and still parse.",
    key: 'complaintId',
    publisher: 'intake',
    consumers: ['notifier', 'triage'],
  },
  [EventType.ComplaintAttachmentAdded]: {
    summary: 'A client system attached a photo or a receipt (JPEG, PNG or PDF) to its complaint: ids, size and type only.',
    key: 'complaintId',
    publisher: 'intake',
    consumers: [],
  },
  [EventType.RootCauseOpened]: {
    summary: 'Triage opened a root cause for a category and touchpoint, with the suggested cause and department.',
    key: 'rootCauseId',
    publisher: 'triage',
    consumers: ['notifier'],
  },
  [EventType.RootCauseComplaintLinked]: {
    summary: 'A complaint was filed under a root cause (first link, moved or merged by the chair, or gathered into a detected cluster).',
    key: 'complaintId',
    publisher: 'triage',
    consumers: ['escalation', 'intake', 'notifier'],
  },
  [EventType.RootCauseClusterDetected]: {
    summary: 'Unclassified, resembling complaints piled up: triage proposed a root cause for them (an alert for ops).',
    key: 'rootCauseId',
    publisher: 'triage',
    consumers: [],
  },
  [EventType.CategorySpikeDetected]: {
    summary:
      'Complaints of a known category at one touchpoint came in far above the same hour or weekday of past weeks (an alert for ops; the agenda marks the root cause).',
    key: 'rootCauseId',
    publisher: 'triage',
    consumers: [],
  },
  [EventType.RootCauseReviewDeadlineApproaching]: {
    summary: "A root cause's review deadline is near (COMMITTEE_REVIEW_REMINDER) and some members have not voted: a reminder for them.",
    key: 'rootCauseId',
    publisher: 'triage',
    consumers: ['notifier'],
  },
  [EventType.RootCauseIdentified]: {
    summary: 'The committee, its chair or the review deadline decided the cause and the owning department.',
    key: 'rootCauseId',
    publisher: 'triage',
    consumers: ['escalation', 'intake', 'notifier'],
  },
  [EventType.AssignmentCreated]: {
    summary: "The owning department's level-1 owner was assigned, with acknowledge and resolve deadlines.",
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier'],
  },
  [EventType.AssignmentAcknowledged]: {
    summary: 'The owner acknowledged the assignment.',
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['intake'],
  },
  [EventType.AssignmentEscalated]: {
    summary: 'A missed deadline handed the assignment to the next level of the chain.',
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier'],
  },
  [EventType.AssignmentBreached]: {
    summary: 'A deadline passed at the top of the chain: nobody is above to take over; the assignment stays with its owner.',
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['notifier'],
  },
  [EventType.AssignmentDeadlineApproaching]: {
    summary: 'A share of a deadline (SLA_WARNINGS, in working time) passed and the owner has not acted yet: a warning for them.',
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['notifier'],
  },
  [EventType.AssignmentPaused]: {
    summary:
      "The owner stopped the assignment's clock: work waits on an outside party (whom and why in staff's words; the latest it resumes by itself).",
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier'],
  },
  [EventType.AssignmentResumed]: {
    summary:
      'The clock runs again (by a person, or by itself at ESCALATION_MAX_PAUSE): both deadlines moved on by the working time paused.',
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier'],
  },
  [EventType.RootCauseResolved]: {
    summary: 'The owner removed the cause and delivered the three deliverables.',
    key: 'rootCauseId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier', 'triage'],
  },
  [EventType.CustomerNotified]: {
    summary: 'The outcome of one message to a customer (sent or failed) on one channel.',
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake'],
  },
  [EventType.CompensationGranted]: {
    summary: 'A compensation was granted, in integer minor units.',
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake'],
  },
  [EventType.CompensationReviewRequired]: {
    summary: 'A compensation above the limit or the monthly budget waits for a supervisor.',
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake'],
  },
  [EventType.FeedbackReceived]: {
    summary: 'The customer rated how the complaint was handled (a rating of 1 or 2 with a reason).',
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake'],
  },
  [EventType.PlaybookApplied]: {
    summary: "An active force-majeure playbook matched the complaint: its message and pre-authorised compensation went out at once.",
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake'],
  },
  [EventType.FollowUpRequested]: {
    summary:
      'A rating at or below FOLLOW_UP_MAX_RATING: customer service must call the customer back by dueAt (2 h from 08:00 to 20:00 local time, else 12 h); carries the phone, time zone and contact window for that call.',
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake', 'escalation'],
  },
  [EventType.FollowUpAssigned]: {
    summary: "A callback after a low rating was given to the level-1 owner of customer service's chain, due by dueAt.",
    key: 'complaintId',
    publisher: 'escalation',
    consumers: ['notifier'],
  },
  [EventType.FollowUpEscalated]: {
    summary: "A callback missed its deadline and moved up customer service's escalation chain (toLevel = fromLevel at the top: breached).",
    key: 'complaintId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier'],
  },
  [EventType.FollowUpCompleted]: {
    summary: 'Customer service called the customer back.',
    key: 'complaintId',
    publisher: 'escalation',
    consumers: ['intake', 'notifier'],
  },
  [EventType.ComplaintClosed]: {
    summary: 'The complaint is closed: rated above FOLLOW_UP_MAX_RATING, called back after a lower rating, or CLOSE_AFTER_RESOLUTION after its resolution.',
    key: 'complaintId',
    publisher: 'notifier',
    consumers: ['intake'],
  },
  [EventType.CustomerErased]: {
    summary:
      "A customer's personal data was erased at intake (on request or after PERSONAL_DATA_RETENTION): each service erases what it holds of these complaints. Names complaint ids only, in parts of at most 500.",
    key: 'erasureId',
    publisher: 'intake',
    consumers: ['escalation', 'notifier', 'triage'],
  },
  [EventType.CustomerErasureProgressed]: {
    summary: 'A service erased its copy of one part of an erasure; intake shows the progress per service.',
    key: 'erasureId',
    publisher: 'triage',
    alsoPublishedBy: ['escalation', 'notifier'],
    consumers: ['intake'],
  },
};

/** Every service that publishes events of this type. */
export function publishersOf(type: EventType): ServiceName[] {
  const { publisher, alsoPublishedBy = [] } = EVENT_CATALOGUE[type];
  return [publisher, ...alsoPublishedBy];
}
