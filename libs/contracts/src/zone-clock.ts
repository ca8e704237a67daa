/** What a clock in a time zone reads: the calendar date and the time of day (hour 0-23). */
export interface ZoneReading {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Building an `Intl.DateTimeFormat` costs far more than formatting with it (a burst of 10,000 deadline notices once
 * spent most of the notifier's time there), so there is one per zone. Zones come from customers and staff, so the cache
 * is bounded: when full it starts over. Only valid IANA zones get in (an unknown one throws a RangeError first).
 */
const FORMATS_KEPT = 100;
const formats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formats.size >= FORMATS_KEPT) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}

/** What the clock of `timeZone` reads at `instant`. */
export function zoneReading(instant: Date | number, timeZone: string): ZoneReading {
  const values: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return values as unknown as ZoneReading;
}

/** The wall-clock reading of `instant` in `timeZone`, as if it were UTC (milliseconds dropped). */
export function wallClock(instant: number, timeZone: string): number {
  const at = zoneReading(instant, timeZone);
  return Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute, at.second);
}
