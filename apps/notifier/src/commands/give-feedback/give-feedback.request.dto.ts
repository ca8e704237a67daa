import { LOW_SCORE_REASONS, LowScoreReason } from '@redress/contracts';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** "How helpful was this?": 1 (not at all) to 5 (very), free text, and for a 1 or 2 what went wrong. */
export class GiveFeedbackRequest {
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  @IsOptional() @IsIn(LOW_SCORE_REASONS) reason?: LowScoreReason;
}
