import { canonicalTimeZone, FieldError, parseDuration } from '@redress/platform';
import { ServiceLevels } from '../../domain/deadlines';
import { SEVERITIES } from '../../domain/severity';
import { hasWorkingDays, OpeningHours, Weekday, WEEKDAYS } from '../../domain/working-calendar';
import { StoredServiceLevels } from '../../persistence/department.store';
import { CalendarRequest, ServiceLevelsRequest } from './department-sla.request.dto';

export interface StoredCalendar {
  timeZone: string;
  hours: Partial<Record<Weekday, OpeningHours>>;
  holidays: string[];
  criticalIgnoresHours: boolean;
}

/** What the DTO cannot check of a calendar: a zone this runtime knows, opening before closing, real dates. */
export function calendarProblems(calendar: CalendarRequest): FieldError[] {
  const problems: FieldError[] = [];
  if (canonicalTimeZone(calendar.timeZone) === null)
    problems.push({ field: 'calendar.timeZone', reason: `${calendar.timeZone} is not an IANA time zone` });
  for (const weekday of WEEKDAYS) {
    const hours = calendar.hours[weekday];
    if (hours && hours.from >= hours.to)
      problems.push({ field: `calendar.hours.${weekday}`, reason: 'from must be before to' });
  }
  if (!hasWorkingDays({ timeZone: 'UTC', hours: calendar.hours, holidays: [] })) {
    problems.push({ field: 'calendar.hours', reason: 'at least one weekday must have hours' });
  }
  (calendar.holidays ?? []).forEach((date, index) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
      problems.push({ field: `calendar.holidays.${index}`, reason: `${date} is not a date` });
  });
  return problems;
}

export function storedCalendar(calendar: CalendarRequest): StoredCalendar {
  const hours = Object.fromEntries(
    WEEKDAYS.filter((day) => calendar.hours[day]).map((day) => [
      day,
      { from: calendar.hours[day]?.from, to: calendar.hours[day]?.to },
    ]),
  );
  return {
    timeZone: calendar.timeZone,
    hours,
    holidays: [...new Set(calendar.holidays ?? [])].sort(),
    criticalIgnoresHours: calendar.criticalIgnoresHours ?? false,
  };
}

/** The deadlines per severity in milliseconds, or the fields that are wrong (zero, or resolving before acknowledging). */
export function storedServiceLevels(request: ServiceLevelsRequest): {
  levels: StoredServiceLevels;
  problems: FieldError[];
} {
  const levels: StoredServiceLevels = {};
  const problems: FieldError[] = [];
  for (const severity of SEVERITIES) {
    const given = request[severity];
    if (!given) continue;
    const level: ServiceLevels = {
      acknowledgeWithinMs: parseDuration(given.acknowledgeWithin),
      resolveWithinMs: parseDuration(given.resolveWithin),
    };
    if (level.acknowledgeWithinMs <= 0)
      problems.push({ field: `serviceLevels.${severity}.acknowledgeWithin`, reason: 'must be more than zero' });
    if (level.resolveWithinMs < level.acknowledgeWithinMs) {
      problems.push({
        field: `serviceLevels.${severity}.resolveWithin`,
        reason: 'must not be shorter than acknowledgeWithin',
      });
    }
    levels[severity] = level;
  }
  return { levels, problems };
}
