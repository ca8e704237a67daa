import { wallClock } from '@redress/contracts/vocabulary';

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
