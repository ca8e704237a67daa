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
  @Matches(CLOCK, { message: 'must be HH:MM (00:00 to 24:00)' }) from!: string;
  @Matches(CLOCK, { message: 'must be HH:MM (00:00 to 24:00)' }) to!: string;
}

/** Hours per weekday on the department's clock; a day left out is not worked. */
export class WeekHoursRequest {
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) mon?: OpeningHoursRequest;
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) tue?: OpeningHoursRequest;
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) wed?: OpeningHoursRequest;
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) thu?: OpeningHoursRequest;
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) fri?: OpeningHoursRequest;
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) sat?: OpeningHoursRequest;
  @IsOptional() @ValidateNested() @Type(() => OpeningHoursRequest) sun?: OpeningHoursRequest;
}

/** When the department works: deadlines count only this time. */
export class CalendarRequest {
  /** An IANA zone, e.g. Europe/Paris. */
  @IsString() @Length(1, 64) timeZone!: string;
  @ValidateNested() @Type(() => WeekHoursRequest) hours!: WeekHoursRequest;
  /** Local dates, YYYY-MM-DD. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each must be a date YYYY-MM-DD' })
  holidays?: string[];
  /** Critical root causes count nights, days off and holidays too. */
  @IsOptional() @IsBoolean() criticalIgnoresHours?: boolean;
}

export class ServiceLevelRequest {
  @Matches(DURATION, { message: 'must be a duration like 30m, 4h or 5d' }) acknowledgeWithin!: string;
  @Matches(DURATION, { message: 'must be a duration like 30m, 4h or 5d' }) resolveWithin!: string;
}

/** The department's own deadlines per severity; a severity left out takes the default from the settings. */
export class ServiceLevelsRequest {
  @IsOptional() @ValidateNested() @Type(() => ServiceLevelRequest) low?: ServiceLevelRequest;
  @IsOptional() @ValidateNested() @Type(() => ServiceLevelRequest) normal?: ServiceLevelRequest;
  @IsOptional() @ValidateNested() @Type(() => ServiceLevelRequest) high?: ServiceLevelRequest;
  @IsOptional() @ValidateNested() @Type(() => ServiceLevelRequest) critical?: ServiceLevelRequest;
}
