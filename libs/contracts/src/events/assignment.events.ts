import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { nested, OwnerRef } from './shared.payloads';
import { Deadline, DEADLINES, ESCALATION_REASONS, EscalationReason } from './vocabulary';

export class AssignmentCreatedData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) department!: string;
  @nested(OwnerRef) owner!: OwnerRef;
  @IsInt() @Min(1) level!: number;
  @IsISO8601() acknowledgeDueAt!: string;
  @IsISO8601() resolveDueAt!: string;
  @IsInt() @Min(0) complaintCount!: number;
}

export class AssignmentAcknowledgedData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @nested(OwnerRef) owner!: OwnerRef;
  @IsISO8601() at!: string;
}

export class AssignmentEscalatedData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @IsInt() @Min(1) fromLevel!: number;
  @IsInt() @Min(1) toLevel!: number;
  @nested(OwnerRef) newOwner!: OwnerRef;
  @IsIn(ESCALATION_REASONS) reason!: EscalationReason;
  @IsISO8601() acknowledgeDueAt!: string;
  @IsISO8601() resolveDueAt!: string;
}

/** A deadline missed at the top of the chain: nobody is above to take over, so the assignment stays with its owner. */
export class AssignmentBreachedData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) department!: string;
  @IsInt() @Min(1) level!: number;
  @IsIn(ESCALATION_REASONS) reason!: EscalationReason;
  /** The deadline that passed: the acknowledge or the resolve deadline, by `reason`. */
  @IsISO8601() missedDueAt!: string;
  @IsISO8601() breachedAt!: string;
  /** The owner at the top who missed it (absent in events published before it was added). */
  @IsOptional() @nested(OwnerRef) owner?: OwnerRef;
}

/**
 * A share of a deadline has passed (one of SLA_WARNINGS, counted in the department's working time) and the owner has
 * not yet done what it asks: acknowledged (the acknowledge deadline) or resolved (the resolve deadline).
 */
export class AssignmentDeadlineApproachingData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) department!: string;
  @IsInt() @Min(1) level!: number;
  @nested(OwnerRef) owner!: OwnerRef;
  @IsIn(DEADLINES) deadline!: Deadline;
  /** How much of the deadline's time has passed, in percent (1-99). */
  @IsInt() @Min(1) @Max(99) percent!: number;
  @IsISO8601() dueAt!: string;
}

/**
 * The owner (or someone above) stopped the assignment's clock: work waits on an outside party (a customer, a
 * supplier). No deadline or warning falls due until `assignment.resumed`. `waitingOn` and `reason` are the staff's
 * words: consumers that speak to customers say only that work waits.
 */
export class AssignmentPausedData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) department!: string;
  @IsInt() @Min(1) level!: number;
  /** The owner of the level that has the assignment. */
  @nested(OwnerRef) owner!: OwnerRef;
  /** Who stopped the clock: the owner or someone above them in the chain. */
  @nested(OwnerRef) pausedBy!: OwnerRef;
  @IsString() @Length(1, 200) waitingOn!: string;
  @IsString() @Length(1, 2000) reason!: string;
  @IsISO8601() pausedAt!: string;
  /** The latest the clock starts again by itself: when all pauses together reach ESCALATION_MAX_PAUSE. */
  @IsISO8601() resumesBy!: string;
}

/**
 * The clock runs again, by a person or by itself once the longest pause was used up (`automatic`). Both deadlines
 * moved on by the working time the pause took: `acknowledgeDueAt` and `resolveDueAt` are the new ones.
 */
export class AssignmentResumedData {
  @IsUUID() assignmentId!: string;
  @IsUUID() rootCauseId!: string;
  @IsString() @MinLength(1) department!: string;
  @IsInt() @Min(1) level!: number;
  @nested(OwnerRef) owner!: OwnerRef;
  /** Who started the clock again; the owner who has it when it ended by itself. */
  @nested(OwnerRef) resumedBy!: OwnerRef;
  @IsBoolean() automatic!: boolean;
  @IsISO8601() pausedAt!: string;
  @IsISO8601() resumedAt!: string;
  @IsISO8601() acknowledgeDueAt!: string;
  @IsISO8601() resolveDueAt!: string;
}
