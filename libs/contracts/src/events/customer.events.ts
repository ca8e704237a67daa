import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { ContactWindowPayload } from './complaint.events';
import { nested, OwnerRef } from './shared.payloads';
import {
  CHANNELS,
  Channel,
  CLOSE_REASONS,
  CloseReason,
  COMPENSATION_BASES,
  CompensationBasis,
  CURRENCY_PATTERN,
  DELIVERY_STATUSES,
  DeliveryStatus,
  E164_PATTERN,
  FOLLOW_UP_OUTCOMES,
  FollowUpOutcome,
  LOW_SCORE_REASONS,
  LowScoreReason,
  NOTIFICATION_KINDS,
  NotificationKind,
  REVIEW_REASONS,
  ReviewReason,
  Transport,
  TRANSPORTS,
} from './vocabulary';

export class CustomerNotifiedData {
  @IsUUID() complaintId!: string;
  @IsUUID() notificationId!: string;
  @IsIn(NOTIFICATION_KINDS) kind!: NotificationKind;
  @IsIn(CHANNELS) channel!: Channel;
  @IsIn(DELIVERY_STATUSES) status!: DeliveryStatus;
  @IsISO8601() at!: string;
  @IsInt() @Min(1) attempts!: number;
  /** What accepted a sent message (`log-only`: nothing did, outside production); absent when failed, and from older notifiers. */
  @IsOptional() @IsIn(TRANSPORTS) transport?: Transport;
  /** Set on a message sent by the customer's other channel because this earlier one failed for good. */
  @IsOptional() @IsUUID() fallbackOf?: string;
}

export class CompensationGrantedData {
  @IsUUID() complaintId!: string;
  @IsInt() @Min(0) amount!: number;
  @Matches(CURRENCY_PATTERN) currency!: string;
  @IsIn(COMPENSATION_BASES) basis!: CompensationBasis;
}

export class CompensationReviewRequiredData {
  @IsUUID() complaintId!: string;
  @IsInt() @Min(0) requested!: number;
  @IsInt() @Min(0) granted!: number;
  @Matches(CURRENCY_PATTERN) currency!: string;
  @IsIn(REVIEW_REASONS) reason!: ReviewReason;
}

export class FeedbackReceivedData {
  @IsUUID() complaintId!: string;
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsOptional() @IsString() @Length(0, 2000) comment?: string;
  /** Asked of ratings 1 and 2. */
  @IsOptional() @IsIn(LOW_SCORE_REASONS) reason?: LowScoreReason;
}

/** A force-majeure playbook matched a received complaint: its message and its pre-authorised compensation went out. */
export class PlaybookAppliedData {
  @IsUUID() complaintId!: string;
  @IsUUID() playbookId!: string;
  @IsString() @MinLength(1) playbook!: string;
  @IsInt() @Min(0) compensation!: number;
  @Matches(CURRENCY_PATTERN) currency!: string;
  @IsISO8601() appliedAt!: string;
}

/**
 * A rating at or below the notifier's FOLLOW_UP_MAX_RATING (3 by default): customer service must call the customer
 * back by `dueAt` (2 h by day, 12 h in the evening). The phone, time zone and contact window are there for that call
 * alone: no other event about a complaint's later life carries contact data.
 */
export class FollowUpRequestedData {
  @IsUUID() complaintId!: string;
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsOptional() @IsIn(LOW_SCORE_REASONS) reason?: LowScoreReason;
  @IsOptional() @IsString() @Length(0, 2000) comment?: string;
  @IsISO8601() requestedAt!: string;
  @IsISO8601() dueAt!: string;
  // No longer sent (ADR 0009: the console reads the number from intake); still accepted from messages on the topics.
  @IsOptional() @Matches(E164_PATTERN) phone?: string;
  @IsOptional() @IsString() @MinLength(1) timezone?: string;
  @IsOptional() @nested(ContactWindowPayload) contactWindow?: ContactWindowPayload;
}

/** A follow-up callback missed its deadline and moved up customer service's chain (or stayed at its top, breached). */
export class FollowUpEscalatedData {
  @IsUUID() followUpId!: string;
  @IsUUID() complaintId!: string;
  @IsInt() @Min(1) fromLevel!: number;
  @IsInt() @Min(1) toLevel!: number;
  @nested(OwnerRef) owner!: OwnerRef;
  @IsISO8601() dueAt!: string;
}

/**
 * The complaint is closed for good: rated above FOLLOW_UP_MAX_RATING, or the callback a lower rating asked for was
 * made, or CLOSE_AFTER_RESOLUTION passed after the resolution without a rating that asked for a callback.
 */
export class ComplaintClosedData {
  @IsUUID() complaintId!: string;
  @IsIn(CLOSE_REASONS) reason!: CloseReason;
  @IsISO8601() closedAt!: string;
}

/** Customer service called the customer back. */
export class FollowUpCompletedData {
  @IsUUID() followUpId!: string;
  @IsUUID() complaintId!: string;
  @nested(OwnerRef) owner!: OwnerRef;
  @IsIn(FOLLOW_UP_OUTCOMES) outcome!: FollowUpOutcome;
  @IsISO8601() completedAt!: string;
}
