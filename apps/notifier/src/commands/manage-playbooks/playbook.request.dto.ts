import { nested, TOUCHPOINTS, Touchpoint } from '@redress/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class PlaybookMessageDto {
  @IsOptional() @IsString() @Length(1, 2000) ru?: string;
  @IsOptional() @IsString() @Length(1, 2000) en?: string;
}

/**
 * A force-majeure plan (POST /playbooks, PUT /playbooks/:id): which complaints it covers, what they are told at once
 * (`{reference}` and `{compensation}` are filled in) and the compensation authorised in advance, within the limit.
 */
export class PlaybookRequest {
  @IsString() @Length(1, 100) name!: string;
  /** Omitted: complaints from every touchpoint. */
  @IsOptional() @IsIn(TOUCHPOINTS) touchpoint?: Touchpoint;
  /** A complaint matches if its text contains any of them (case-insensitive); none: every complaint of the period. */
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(2, 60, { each: true }) keywords!: string[];
  @IsISO8601({ strict: true }) activeFrom!: string;
  /** Omitted: until ended (POST /playbooks/:id/end). */
  @IsOptional() @IsISO8601({ strict: true }) activeUntil?: string;
  @nested(PlaybookMessageDto) message!: PlaybookMessageDto;
  /** Decimal string in COMPENSATION_CURRENCY, at most COMPENSATION_LIMIT. */
  @Matches(/^\d{1,13}(\.\d{1,3})?$/, { message: 'must be a decimal string such as "150.00"' }) compensation!: string;
}
