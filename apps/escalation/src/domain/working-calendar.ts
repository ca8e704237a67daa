import { wallClock } from '@redress/contracts/vocabulary';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours of one weekday on the department's clock, HH:MM to HH:MM (the end after the start). */
export interface OpeningHours {
  from: string;
  to: string;
}

/**
 * When a department works: hours per weekday (a day left out is not worked), on the clock of `timeZone`, except on
 * its holidays (local dates, YYYY-MM-DD).
 */
export interface WorkingCalendar {
  timeZone: string;
  hours: Partial<Record<Weekday, OpeningHours>>;
  holidays: readonly string[];
}

/** Far enough for any service level; a calendar that never opens would otherwise search forever. */
const MAX_DAYS_SEARCHED = 3 * 366;

/**
 * The instant `durationMs` of working time after `start`: time outside the department's hours, on its days off and
 * on its holidays does not count. A start outside hours counts from the next opening. Without a calendar, wall clock.
 */
export function addWorkingTime(start: Date, durationMs: number, calendar: WorkingCalendar | null): Date {
  if (!calendar || durationMs <= 0) return new Date(start.getTime() + Math.max(0, durationMs));
  let remaining = durationMs;
  let day = localDate(start, calendar.timeZone);
  for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched += 1, day = nextDay(day)) {
    const open = openingOf(day, calendar);
    if (!open) continue;
    const from = Math.max(open.from, start.getTime());
    if (from >= open.to) continue;
    if (remaining <= open.to - from) return new Date(from + remaining);
    remaining -= open.to - from;
  }
  throw new Error(`the calendar in ${calendar.timeZone} has no working time within ${MAX_DAYS_SEARCHED} days`);
}

/** How much working time lies between two instants (zero when `end` is not after `start`). */
export function workingTimeBetween(start: Date, end: Date, calendar: WorkingCalendar | null): number {
  if (end <= start) return 0;
  if (!calendar) return end.getTime() - start.getTime();
  let total = 0;
  for (let day = localDate(start, calendar.timeZone); ; day = nextDay(day)) {
    const open = openingOf(day, calendar);
    if (open && open.from >= end.getTime()) return total;
    if (!open) {
      if (instantOf(day, '00:00', calendar.timeZone) >= end.getTime()) return total;
      continue;
    }
    total += Math.max(0, Math.min(open.to, end.getTime()) - Math.max(open.from, start.getTime()));
  }
}

/** Whether the calendar has any working time at all (a week with no hours would never reach a deadline). */
export function hasWorkingDays(calendar: WorkingCalendar): boolean {
  return WEEKDAYS.some((weekday) => calendar.hours[weekday] !== undefined);
}

interface LocalDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Openings already found per calendar, by day: a batch of deadlines shares its departments' calendars (read once per
 * batch, never changed in place), and each deadline and warning walks the same few days.
 */
const openings = new WeakMap<WorkingCalendar, Map<number, { from: number; to: number } | null>>();

/** The day's opening as instants, or null on a day off or a holiday. */
function openingOf(day: LocalDay, calendar: WorkingCalendar): { from: number; to: number } | null {
  let known = openings.get(calendar);
  if (!known) openings.set(calendar, (known = new Map()));
  const key = day.year * 10_000 + day.month * 100 + day.day;
  let opening = known.get(key);
  if (opening === undefined) {
    opening = findOpening(day, calendar);
    if (known.size >= MAX_INSTANTS_KEPT) known.clear();
    known.set(key, opening);
  }
  return opening;
}

function findOpening(day: LocalDay, calendar: WorkingCalendar): { from: number; to: number } | null {
  const hours = calendar.hours[weekdayOf(day)];
  if (!hours || calendar.holidays.includes(isoDate(day))) return null;
  return { from: instantOf(day, hours.from, calendar.timeZone), to: instantOf(day, hours.to, calendar.timeZone) };
}

function weekdayOf(day: LocalDay): Weekday {
  return WEEKDAYS[(new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7];
}

function nextDay(day: LocalDay): LocalDay {
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function isoDate(day: LocalDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** Per zone, the local day last asked for and the instants it starts and ends at: most asks fall within it. */
const lastDays = new Map<string, { day: LocalDay; from: number; to: number }>();

function localDate(instant: Date, timeZone: string): LocalDay {
  const at = instant.getTime();
  const last = lastDays.get(timeZone);
  if (last && at >= last.from && at < last.to) return last.day;
  const wall = new Date(wallClock(at, timeZone));
  const day = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  lastDays.set(timeZone, {
    day,
    from: instantOf(day, '00:00', timeZone),
    to: instantOf(nextDay(day), '00:00', timeZone),
  });
  return day;
}

/**
 * Instants already found, by zone, day and clock. Finding one reads the zone's clock three or four times through
 * Intl, and placing one escalation's deadlines and warnings on a calendar finds dozens (the same few days' openings
 * again and again): remembered, 10,000 escalations due in one second cost milliseconds of this instead of seconds.
 * The answer never changes for a zone, so only the size is bounded: the map starts over when full.
 */
const instants = new Map<string, number>();
const MAX_INSTANTS_KEPT = 50_000;

/**
 * The instant the zone's clock reads `clock` on `day` (`24:00` is the next midnight). A time skipped by clocks going
 * forward is read on the clock before the jump (02:30 becomes 03:30); a time read twice (clocks going back), the first
 * time.
 */
function instantOf(day: LocalDay, clock: string, timeZone: string): number {
  const key = `${timeZone} ${day.year}-${day.month}-${day.day} ${clock}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = findInstant(day, clock, timeZone);
    if (instants.size >= MAX_INSTANTS_KEPT) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

function findInstant(day: LocalDay, clock: string, timeZone: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  const wanted = Date.UTC(day.year, day.month - 1, day.day, hours, minutes);
  const firstGuess = wanted - (wallClock(wanted, timeZone) - wanted);
  const offset = wallClock(firstGuess, timeZone) - firstGuess;
  const earlier = wanted - offset;
  const earlierOffset = wallClock(earlier - 3_600_000, timeZone) - (earlier - 3_600_000);
  // Clocks going back read `clock` twice: prefer the earlier reading when it exists.
  if (earlierOffset !== offset && wallClock(wanted - earlierOffset, timeZone) === wanted) return wanted - earlierOffset;
  return earlier;
}
