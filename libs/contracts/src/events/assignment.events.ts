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
