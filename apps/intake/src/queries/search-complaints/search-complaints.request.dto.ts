import { ApiPropertyOptional } from '@nestjs/swagger';
import { TOUCHPOINTS, Touchpoint } from '@redress/contracts';
import { PageQuery } from '@redress/platform';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { COMPLAINT_STATUSES, ComplaintStatus } from '../../domain/complaint-status';

/** The longest words-to-find a person may type: a sentence, not a document. */
export const MAX_SEARCH_TEXT = 200;

/** `GET /staff/complaints`: every filter optional, all of them combined with AND. */
export class SearchComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'задержка доставки',
    maxLength: MAX_SEARCH_TEXT,
    description:
      'Words to find in the complaint text, Russian or English, in web-search syntax: `"exact phrase"`, `-word` ' +
      'to exclude, `or`. Word forms match: `задержка` finds `задержали`, `delay` finds `delayed`',
  })
  @IsOptional()
  @IsString()
  @Length(1, MAX_SEARCH_TEXT)
  text?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES, description: 'Only complaints with this status' })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({
    example: 'delivery-delay',
    maxLength: 100,
    description: 'Only complaints triage filed under this category',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  category?: string;

  @ApiPropertyOptional({ enum: TOUCHPOINTS, description: 'Only complaints made at this touchpoint' })
  @IsOptional()
  @IsIn(TOUCHPOINTS)
  touchpoint?: Touchpoint;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
    description: 'Only complaints grouped under this root cause',
  })
  @IsOptional()
  @IsUUID()
  rootCauseId?: string;

  @ApiPropertyOptional({
    example: 'logistics',
    maxLength: 100,
    description: "Only complaints whose root cause this department owns (an owner's search is always their own)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  department?: string;

  @ApiPropertyOptional({
    example: '2026-11-01T00:00:00Z',
    description: 'Only complaints received at or after this time',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'Only complaints received before this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({
    example: 'ORD-1042',
    maxLength: 100,
    description: 'Only complaints with this external reference or this order reference (exact)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  ref?: string;
}
