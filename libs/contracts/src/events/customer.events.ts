import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import {
  CHANNELS, Channel, COMPENSATION_BASES, CompensationBasis, CURRENCY_PATTERN, DELIVERY_STATUSES, DeliveryStatus,
  NOTIFICATION_KINDS, NotificationKind, REVIEW_REASONS, ReviewReason,
} from './vocabulary';

export class CustomerNotifiedData {
  @IsUUID() complaintId!: string;
  @IsUUID() notificationId!: string;
  @IsIn(NOTIFICATION_KINDS) kind!: NotificationKind;
  @IsIn(CHANNELS) channel!: Channel;
  @IsIn(DELIVERY_STATUSES) status!: DeliveryStatus;
  @IsISO8601() at!: string;
  @IsInt() @Min(1) attempts!: number;
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
}
