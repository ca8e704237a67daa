import { Channel, wallClock, zoneReading } from '@redress/contracts/vocabulary';

/**
 * When a customer may be contacted: a daily window in their own time zone. Pure; the clock is a parameter.
 * A window whose end is earlier than its start spans midnight (22:00-07:00); equal ends, or no window, mean any time.
 */
export interface ContactWindow {
  /** HH:MM, inclusive. */
  from: string;
  /** HH:MM, exclusive. */
  to: string;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  minutes: number;
}

function localTime(instant: Date, timeZone: string): LocalTime {
  const p = zoneReading(instant, timeZone);
  return { year: p.year, month: p.month, day: p.day, minutes: p.hour * 60 + p.minute };
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in the zone. A time that does not exist (skipped by a DST change) comes out
 * as the instant just after the gap, the moment the clocks show the window has begun.
 */
export function zonedInstant(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  if (second === first) return new Date(first);
  // Around a change the two guesses differ: take the one whose local time is the asked one.
  for (const guess of [Math.min(first, second), Math.max(first, second)]) {
    const local = localTime(new Date(guess), timeZone);
    if (local.minutes === minutes && local.day === day) return new Date(guess);
  }
  // Neither: the time was skipped. Find the jump between the guesses, the first minute the clocks show a later time.
  let before = Math.min(first, second);
  let after = Math.max(first, second);
  while (after - before > 60_000) {
    const middle = before + Math.floor((after - before) / 120_000) * 60_000;
    const local = localTime(new Date(middle), timeZone);
    if (local.day !== day || local.minutes >= minutes) after = middle;
    else before = middle;
  }
  return new Date(after);
}

function clockMinutes(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Whether `now` falls inside the window in the zone. */
export function insideWindow(now: Date, window: ContactWindow | undefined | null, timeZone: string): boolean {
  if (!window) return true;
  const from = clockMinutes(window.from);
  const to = clockMinutes(window.to);
  if (from === to) return true;
  const { minutes } = localTime(now, timeZone);
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/**
 * When a message may go: `now` inside the window, else the window's next start in the customer's zone. A window
 * spanning midnight (22:00-07:00) is open late in the evening and early in the morning.
 */
export function nextContactTime(now: Date, window: ContactWindow | undefined | null, timeZone: string): Date {
  if (!window || insideWindow(now, window, timeZone)) return now;
  const from = clockMinutes(window.from);
  const today = localTime(now, timeZone);
  if (today.minutes < from) return zonedInstant(today.year, today.month, today.day, from, timeZone);
  // Past today's start: tomorrow's (calendar arithmetic in UTC, so month and year ends roll over).
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return zonedInstant(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), from, timeZone);
}

/** How windows apply: `respect` for customers; `ignore` (tests, demos) sends at any hour. */
export interface WindowRules {
  contactWindows: 'respect' | 'ignore';
  /** Kept by customers who gave no window of their own (DEFAULT_CONTACT_WINDOW). */
  defaultWindow: ContactWindow;
}

/**
 * The window a message must go in: the customer's own, else the default; none for webhooks, which reach a client
 * system rather than a person, and none when windows are ignored.
 */
export function windowFor(channel: Channel, own: ContactWindow | null, rules: WindowRules): ContactWindow | null {
  if (channel === 'webhook' || rules.contactWindows === 'ignore') return null;
  return own ?? rules.defaultWindow;
}

/** `HH:MM-HH:MM` (24-hour clock) as a window, or null when it is not one. */
export function parseContactWindow(text: string): ContactWindow | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? { from: `${match[1]}:${match[2]}`, to: `${match[3]}:${match[4]}` } : null;
}
