import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Min, MinLength } from 'class-validator';
import { nested, OwnerRef } from './shared.payloads';
import { ESCALATION_REASONS, EscalationReason } from './vocabulary';

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
}
