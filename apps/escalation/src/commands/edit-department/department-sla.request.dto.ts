import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

const CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DURATION = /^\d{1,9}(ms|s|m|h|d)$/;

export class OpeningHoursRequest {
  @ApiProperty({ example: '09:00', pattern: CLOCK.source })
  @Matches(CLOCK, { message: 'must be HH:MM (00:00 to 24:00)' })
  from!: string;

  @ApiProperty({ example: '18:00', pattern: CLOCK.source, description: 'After `from`' })
  @Matches(CLOCK, { message: 'must be HH:MM (00:00 to 24:00)' })
  to!: string;
}

/** Hours per weekday on the department's clock; a day left out is not worked. */
export class WeekHoursRequest {
  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  mon?: OpeningHoursRequest;

  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  tue?: OpeningHoursRequest;

  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  wed?: OpeningHoursRequest;

  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  thu?: OpeningHoursRequest;

  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  fri?: OpeningHoursRequest;

  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  sat?: OpeningHoursRequest;

  @ApiPropertyOptional({ type: OpeningHoursRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningHoursRequest)
  sun?: OpeningHoursRequest;
}

/** When the department works: deadlines count only this time. */
export class CalendarRequest {
  /** An IANA zone, e.g. Europe/Paris. */
  @ApiProperty({ example: 'Europe/Moscow', description: 'An IANA time zone' })
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  @ApiProperty({ type: WeekHoursRequest, description: 'Hours per weekday; a day left out is not worked' })
  @ValidateNested()
  @Type(() => WeekHoursRequest)
  hours!: WeekHoursRequest;

  /** Local dates, YYYY-MM-DD. */
  @ApiPropertyOptional({
    type: [String],
    maxItems: 1000,
    example: ['2026-12-31'],
    description: 'Local dates, YYYY-MM-DD',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each must be a date YYYY-MM-DD' })
  holidays?: string[];
  /** Critical root causes count nights, days off and holidays too. */
  @ApiPropertyOptional({ example: true, description: 'Critical root causes count nights, days off and holidays too' })
  @IsOptional()
  @IsBoolean()
  criticalIgnoresHours?: boolean;
}

export class ServiceLevelRequest {
  @ApiProperty({ example: '4h', pattern: DURATION.source, description: 'Working time, such as 30m, 4h or 5d' })
  @Matches(DURATION, { message: 'must be a duration like 30m, 4h or 5d' })
  acknowledgeWithin!: string;

  @ApiProperty({ example: '5d', pattern: DURATION.source, description: 'Working time, such as 30m, 4h or 5d' })
  @Matches(DURATION, { message: 'must be a duration like 30m, 4h or 5d' })
  resolveWithin!: string;
}

/** The department's own deadlines per severity; a severity left out takes the default from the settings. */
export class ServiceLevelsRequest {
  @ApiPropertyOptional({ type: ServiceLevelRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceLevelRequest)
  low?: ServiceLevelRequest;

  @ApiPropertyOptional({ type: ServiceLevelRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceLevelRequest)
  normal?: ServiceLevelRequest;

  @ApiPropertyOptional({ type: ServiceLevelRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceLevelRequest)
  high?: ServiceLevelRequest;

  @ApiPropertyOptional({ type: ServiceLevelRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceLevelRequest)
  critical?: ServiceLevelRequest;
}
