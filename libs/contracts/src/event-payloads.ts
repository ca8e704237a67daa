import {
  AssignmentAcknowledgedData,
  AssignmentBreachedData,
  AssignmentCreatedData,
  AssignmentDeadlineApproachingData,
  AssignmentEscalatedData,
  AssignmentPausedData,
  AssignmentResumedData,
} from './events/assignment.events';
import { ComplaintAttachmentAddedData, ComplaintReceivedData } from './events/complaint.events';
import {
  CompensationGrantedData,
  CompensationReviewRequiredData,
  ComplaintClosedData,
  CustomerNotifiedData,
  FeedbackReceivedData,
  FollowUpAssignedData,
  FollowUpCompletedData,
  FollowUpEscalatedData,
  FollowUpRequestedData,
  PlaybookAppliedData,
} from './events/customer.events';
import {
  CategorySpikeDetectedData,
  RootCauseClusterDetectedData,
  RootCauseComplaintLinkedData,
  RootCauseIdentifiedData,
  RootCauseOpenedData,
  RootCauseResolvedData,
  RootCauseReviewDeadlineApproachingData,
} from './events/rootcause.events';
import { CustomerErasedData, CustomerErasureProgressedData } from './events/erasure.events';
import { EventType } from './event-types';

/** The payload class of each event type: the single source for validation and for `EventData<T>`. */
export const EVENT_PAYLOADS = {
  [EventType.ComplaintReceived]: ComplaintReceivedData,
  [EventType.ComplaintAttachmentAdded]: ComplaintAttachmentAddedData,
  [EventType.RootCauseOpened]: RootCauseOpenedData,
  [EventType.RootCauseComplaintLinked]: RootCauseComplaintLinkedData,
  [EventType.RootCauseIdentified]: RootCauseIdentifiedData,
  [EventType.RootCauseReviewDeadlineApproaching]: RootCauseReviewDeadlineApproachingData,
  [EventType.RootCauseClusterDetected]: RootCauseClusterDetectedData,
  [EventType.CategorySpikeDetected]: CategorySpikeDetectedData,
  [EventType.AssignmentCreated]: AssignmentCreatedData,
  [EventType.AssignmentAcknowledged]: AssignmentAcknowledgedData,
  [EventType.AssignmentEscalated]: AssignmentEscalatedData,
  [EventType.AssignmentBreached]: AssignmentBreachedData,
  [EventType.AssignmentDeadlineApproaching]: AssignmentDeadlineApproachingData,
  [EventType.AssignmentPaused]: AssignmentPausedData,
  [EventType.AssignmentResumed]: AssignmentResumedData,
  [EventType.RootCauseResolved]: RootCauseResolvedData,
  [EventType.CustomerNotified]: CustomerNotifiedData,
  [EventType.CompensationGranted]: CompensationGrantedData,
  [EventType.CompensationReviewRequired]: CompensationReviewRequiredData,
  [EventType.FeedbackReceived]: FeedbackReceivedData,
  [EventType.PlaybookApplied]: PlaybookAppliedData,
  [EventType.FollowUpRequested]: FollowUpRequestedData,
  [EventType.FollowUpAssigned]: FollowUpAssignedData,
  [EventType.FollowUpEscalated]: FollowUpEscalatedData,
  [EventType.FollowUpCompleted]: FollowUpCompletedData,
  [EventType.ComplaintClosed]: ComplaintClosedData,
  [EventType.CustomerErased]: CustomerErasedData,
  [EventType.CustomerErasureProgressed]: CustomerErasureProgressedData,
} as const;

/** Schema version of the event types not listed in EVENT_VERSIONS; bump on a breaking change and keep reading the old one. */
export const EVENT_VERSION = 1;

/**
 * Event types whose schema moved on, with their current version. Consumers read every version up to it.
 * `complaint.received` 2: the customer's name, phone, email, the external ref and the callbackUrl left the event
 * (ADR 0009); version 1 events still parse.
 */
export const EVENT_VERSIONS: Partial<Record<EventType, number>> = {
  [EventType.ComplaintReceived]: 2,
};

/** The version this release writes, and the newest it reads, of one event type. */
export function eventVersion(type: EventType): number {
  return EVENT_VERSIONS[type] ?? EVENT_VERSION;
}

export type EventData<T extends EventType> = InstanceType<(typeof EVENT_PAYLOADS)[T]>;
