import {
  AssignmentAcknowledgedData,
  AssignmentBreachedData,
  AssignmentCreatedData,
  AssignmentEscalatedData,
} from './events/assignment.events';
import { ComplaintAttachmentAddedData, ComplaintReceivedData } from './events/complaint.events';
import {
  CompensationGrantedData,
  CompensationReviewRequiredData,
  ComplaintClosedData,
  CustomerNotifiedData,
  FeedbackReceivedData,
  FollowUpCompletedData,
  FollowUpEscalatedData,
  FollowUpRequestedData,
  PlaybookAppliedData,
} from './events/customer.events';
import {
  RootCauseClusterDetectedData,
  RootCauseComplaintLinkedData,
  RootCauseIdentifiedData,
  RootCauseOpenedData,
  RootCauseResolvedData,
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
  [EventType.RootCauseClusterDetected]: RootCauseClusterDetectedData,
  [EventType.AssignmentCreated]: AssignmentCreatedData,
  [EventType.AssignmentAcknowledged]: AssignmentAcknowledgedData,
  [EventType.AssignmentEscalated]: AssignmentEscalatedData,
  [EventType.AssignmentBreached]: AssignmentBreachedData,
  [EventType.RootCauseResolved]: RootCauseResolvedData,
  [EventType.CustomerNotified]: CustomerNotifiedData,
  [EventType.CompensationGranted]: CompensationGrantedData,
  [EventType.CompensationReviewRequired]: CompensationReviewRequiredData,
  [EventType.FeedbackReceived]: FeedbackReceivedData,
  [EventType.PlaybookApplied]: PlaybookAppliedData,
  [EventType.FollowUpRequested]: FollowUpRequestedData,
  [EventType.FollowUpEscalated]: FollowUpEscalatedData,
  [EventType.FollowUpCompleted]: FollowUpCompletedData,
  [EventType.ComplaintClosed]: ComplaintClosedData,
  [EventType.CustomerErased]: CustomerErasedData,
  [EventType.CustomerErasureProgressed]: CustomerErasureProgressedData,
} as const;

/** Current schema version of every event type; bump on a breaking change and keep reading the old one. */
export const EVENT_VERSION = 1;

export type EventData<T extends EventType> = InstanceType<(typeof EVENT_PAYLOADS)[T]>;
