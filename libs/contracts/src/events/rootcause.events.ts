import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  MinLength,
} from 'class-validator';
import { nestedArray, nested, OwnerRef, VotePayload } from './shared.payloads';
import {
  DECIDED_BY,
  DecidedBy,
  RELINK_REASONS,
  SEVERITIES,
  Severity,
  RelinkReason,
  TOUCHPOINTS,
  Touchpoint,
} from './vocabulary';

export class RootCauseOpenedData {
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) category!: string;
  @IsIn(TOUCHPOINTS) touchpoint!: Touchpoint;
  @IsString() @MinLength(1) suggestedCause!: string;
  @IsString() @MinLength(1) suggestedDepartment!: string;
  @IsUUID() firstComplaintId!: string;
  @IsISO8601() openedAt!: string;
  /** Set when a resolved cause came back within the recurrence window: the root cause whose fix did not hold. */
  @IsOptional() @IsUUID() recurrenceOf?: string;
}

/**
 * A complaint filed under a root cause. The committee's chair can later move a complaint to another root cause, or
 * merge a root cause into another: each complaint that changes root cause gets a new event of this type with the new
 * `rootCauseId` and the one it left as `previousRootCauseId`. The latest link of a complaint is its root cause.
 */
export class RootCauseComplaintLinkedData {
  @IsUUID() complaintId!: string;
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) category!: string;
  @IsISO8601() linkedAt!: string;
  /** Set when the complaint was moved here from another root cause (a move or a merge); absent on its first link. */
  @IsOptional() @IsUUID() previousRootCauseId?: string;
  /** Why the complaint changed root cause; absent on its first link. */
  @IsOptional() @IsIn(RELINK_REASONS) relinkReason?: RelinkReason;
}

/**
 * Complaints no rule could classify, resembling each other (shared significant words, same touchpoint), piled up
 * within the cluster window: triage proposed a root cause for them. Ops alert on it: something new is happening.
 */
export class RootCauseClusterDetectedData {
  @IsUUID() rootCauseId!: string;
  @IsIn(TOUCHPOINTS) touchpoint!: Touchpoint;
  /** The words the complaints share (stems), most shared first. */
  @ArrayMaxSize(5) @IsString({ each: true }) words!: string[];
  @IsInt() @Min(1) complaintCount!: number;
  @IsISO8601() firstReceivedAt!: string;
  @IsISO8601() detectedAt!: string;
}

export class RootCauseIdentifiedData {
  @IsUUID() rootCauseId!: string;
  @IsString() @Length(1, 2000) cause!: string;
  @IsString() @MinLength(1) department!: string;
  @IsIn(DECIDED_BY) decidedBy!: DecidedBy;
  /** Bounded by the committee roster, never by the number of complaints. */
  @ArrayMaxSize(100) @nestedArray(VotePayload) votes!: VotePayload[];
  @IsInt() @Min(1) complaintCount!: number;
  @IsISO8601() identifiedAt!: string;
  /** Set by the committee or suggested by triage; absent from older producers, read as `normal`. */
  @IsOptional() @IsIn(SEVERITIES) severity?: Severity;
  /** The committee's chair when the votes or the deadline decided (`committee`, `timeout`), to be told; absent otherwise and from older producers. */
  @IsOptional() @IsString() @MinLength(1) chairId?: string;
}

/**
 * A root cause's review deadline is near (COMMITTEE_REVIEW_REMINDER of COMMITTEE_REVIEW_TIMEOUT has passed) and these
 * members of the committee have not voted yet; bounded by the roster.
 */
export class RootCauseReviewDeadlineApproachingData {
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) category!: string;
  @IsString() @MinLength(1) touchpoint!: string;
  @IsISO8601() reviewDueAt!: string;
  @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) nonVoters!: string[];
}

export class RootCauseResolvedData {
  @IsUUID() rootCauseId!: string;
  @IsUUID() assignmentId!: string;
  @IsString() @Length(1, 10000) actionsTaken!: string;
  @IsString() @Length(1, 10000) causeReport!: string;
  @IsString() @Length(1, 10000) eliminationProposal!: string;
  /** What customers are told was done, in plain words; the cause report is internal and never reaches them. */
  @IsOptional() @IsString() @Length(1, 1000) customerSummary?: string;
  @nested(OwnerRef) owner!: OwnerRef;
  @IsInt() @Min(0) complaintCount!: number;
  @IsISO8601() resolvedAt!: string;
}

/**
 * Complaints of a known category at one touchpoint came in far above their usual for the hour (or the day): the same
 * hour (or weekday) of the last weeks. Once per category, touchpoint, window and window start; ops alert on it and
 * the agenda marks the category's root cause.
 */
export class CategorySpikeDetectedData {
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) category!: string;
  @IsIn(TOUCHPOINTS) touchpoint!: Touchpoint;
  @IsIn(['hour', 'day']) window!: 'hour' | 'day';
  @IsISO8601() windowStart!: string;
  /** Complaints in the window so far. */
  @IsInt() @Min(0) count!: number;
  /** The mean of the same window over the weeks compared (at least 1). */
  @IsNumber() @Min(0) usual!: number;
  @IsInt() @Min(1) weeksCompared!: number;
  @IsISO8601() detectedAt!: string;
}
