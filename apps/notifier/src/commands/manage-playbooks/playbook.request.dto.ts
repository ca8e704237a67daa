import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { nested, TOUCHPOINTS, Touchpoint } from '@redress/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

export class PlaybookMessageDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    example: 'Из-за снегопада доставка задерживается. Номер обращения {reference}.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  ru?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    example: 'Snow is delaying deliveries. Your reference is {reference}.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  en?: string;
}

/**
 * A force-majeure plan (POST /playbooks, PUT /playbooks/:id): which complaints it covers, what they are told at once
 * (`{reference}` and `{compensation}` are filled in) and the compensation authorised in advance, within the limit.
 */
export class PlaybookRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Snowstorm' })
  @IsString()
  @Length(1, 100)
  name!: string;

  /** Omitted: complaints from every touchpoint. */
  @ApiPropertyOptional({ enum: TOUCHPOINTS, description: 'Omitted: complaints from every touchpoint' })
  @IsOptional()
  @IsIn(TOUCHPOINTS)
  touchpoint?: Touchpoint;

  /** A complaint matches if its text contains any of them (case-insensitive); none: every complaint of the period. */
  @ApiProperty({
    type: [String],
    maxItems: 20,
    example: ['snow', 'late'],
    description:
      'A complaint matches if its text contains any (2-60 characters each, case-insensitive); none: every one',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  keywords!: string[];

  @ApiProperty({ example: '2026-12-01T00:00:00Z' })
  @IsISO8601({ strict: true })
  activeFrom!: string;

  /** Omitted: until ended (POST /playbooks/:id/end). */
  @ApiPropertyOptional({
    example: '2026-12-03T00:00:00Z',
    description: 'Omitted: until ended (POST /playbooks/{id}/end)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  activeUntil?: string;

  @ApiProperty({
    type: PlaybookMessageDto,
    description: 'What matching complaints are told at once; `{reference}` and `{compensation}` are filled in',
  })
  @nested(PlaybookMessageDto)
  message!: PlaybookMessageDto;

  /** Decimal string in COMPENSATION_CURRENCY, at most COMPENSATION_LIMIT. */
  @ApiProperty({
    example: '150.00',
    description: 'A decimal string in COMPENSATION_CURRENCY, at most COMPENSATION_LIMIT',
  })
  @Matches(/^\d{1,13}(\.\d{1,3})?$/, { message: 'must be a decimal string such as "150.00"' })
  compensation!: string;
}
