/**
 * The next instant after `now` at which the clock of `timeZone` reads `hour`:00: when a person's digest goes out. On a
 * day the clocks skip that hour, the instant the clock jumps to it is taken (an hour later on the wall).
 */
export function nextDigestAt(now: Date, hour: number, timeZone: string): Date {
  const local = wallClock(now.getTime(), timeZone);
  const today = new Date(local);
  for (let days = 0; days <= 2; days += 1) {
    const wanted = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour);
    const instant = instantOfWall(wanted, timeZone);
    if (instant > now.getTime()) return new Date(instant);
  }
  throw new Error(`no ${hour}:00 in ${timeZone} within two days of ${now.toISOString()}`);
}

/** The instant whose wall-clock reading in `timeZone` is `wall` (a wall time written as if UTC). */
function instantOfWall(wall: number, timeZone: string): number {
  const first = wall - (wallClock(wall, timeZone) - wall);
  return wall - (wallClock(first, timeZone) - first);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `instant` in `timeZone`, as if it were UTC (seconds dropped). */
function wallClock(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
}
