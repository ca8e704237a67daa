import { LOW_SCORE_REASONS, LowScoreReason } from '@redress/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** "How helpful was this?": 1 (not at all) to 5 (very), free text, and for a 1 or 2 what went wrong. */
export class GiveFeedbackRequest {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 5,
    example: 2,
    description: '1 (not at all helpful) to 5 (very)',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Still late this week.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ enum: LOW_SCORE_REASONS, description: 'What went wrong; only with a rating of 1 or 2' })
  @IsOptional()
  @IsIn(LOW_SCORE_REASONS)
  reason?: LowScoreReason;
}
