import { ApiPropertyOptional } from '@nestjs/swagger';
import { TOUCHPOINTS, Touchpoint } from '@redress/contracts';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { InvalidRequestException } from '../http/validation';

/** A day `2026-03-01` (midnight UTC) or an instant with its zone `2026-03-01T09:00:00+03:00`. */
const REPORT_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** Department ids as escalation names them: lower-case letters, digits and dashes. */
export const REPORT_DEPARTMENT = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** The longest period one report covers: a year (a leap one included). */
export const MAX_REPORT_DAYS = 366;
/** Without `from`, a report covers the last 30 days. */
export const DEFAULT_REPORT_DAYS = 30;
const DAY_MS = 86_400_000;

/** `?from=&to=&department=&touchpoint=` of every report. */
export class ReportQuery {
  @ApiPropertyOptional({
    description:
      'Start, inclusive: a day (UTC midnight) or an ISO 8601 instant with its zone; 30 days before `to` by default',
    example: '2026-11-01',
  })
  @IsOptional()
  @IsString()
  @Matches(REPORT_TIME, { message: 'from must be a day (2026-03-01) or an ISO 8601 instant with its zone' })
  from?: string;

  @ApiPropertyOptional({
    description: 'End, exclusive: a day or an instant; now by default. At most 366 days after `from`',
    example: '2026-12-01T00:00:00Z',
  })
  @IsOptional()
  @IsString()
  @Matches(REPORT_TIME, { message: 'to must be a day (2026-03-01) or an ISO 8601 instant with its zone' })
  to?: string;

  @ApiPropertyOptional({
    description: 'Only this department (a department head always reads their own)',
    example: 'logistics',
  })
  @IsOptional()
  @IsString()
  @Matches(REPORT_DEPARTMENT, { message: 'department must be lower-case letters, digits and dashes (at most 63)' })
  department?: string;

  @ApiPropertyOptional({ enum: TOUCHPOINTS, description: 'Only complaints about this touchpoint', example: 'delivery' })
  @IsOptional()
  @IsIn(TOUCHPOINTS)
  touchpoint?: Touchpoint;
}

export interface ReportWindow {
  from: Date;
  to: Date;
}

/**
 * The period a report covers, checked as a whole: real dates (no 2026-02-31), `from` before `to`, at most
 * MAX_REPORT_DAYS. Each problem is a 400 naming its field.
 */
export function reportWindow(query: { from?: string; to?: string }, now = new Date()): ReportWindow {
  const to = query.to === undefined ? now : parseReportTime(query.to, 'to');
  const from =
    query.from === undefined
      ? new Date(to.getTime() - DEFAULT_REPORT_DAYS * DAY_MS)
      : parseReportTime(query.from, 'from');
  if (from >= to) throw new InvalidRequestException([{ field: 'from', reason: 'from must be before to' }]);
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY_MS)
    throw new InvalidRequestException([
      { field: 'to', reason: `a report covers at most ${MAX_REPORT_DAYS} days: ask for a shorter period` },
    ]);
  return { from, to };
}

/** A report time as a Date; an impossible date (Date.parse rolls 2026-02-31 over) is a 400 naming `field`. */
export function parseReportTime(text: string, field: string): Date {
  const day = text.slice(0, 10);
  const at = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  const valid =
    REPORT_TIME.test(text) &&
    !Number.isNaN(at.getTime()) &&
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day &&
    at.getUTCFullYear() >= 2000 &&
    at.getUTCFullYear() <= 2999;
  if (!valid)
    throw new InvalidRequestException([
      { field, reason: `${field} is not a real date between the years 2000 and 2999` },
    ]);
  return at;
}
