/** How soon customer service must call back after a low rating (issue: 2 h by day, 12 h in the evening). */
export interface FollowUpDelays {
  dayMs: number;
  eveningMs: number;
}

/** The ratings that ask for a reason and a callback. */
export const LOW_RATING = 2;

export function isLowRating(rating: number): boolean {
  return rating <= LOW_RATING;
}

/** Day is 08:00 up to, not including, 20:00 on the customer's own clock. */
const DAY_STARTS = 8 * 60;
const EVENING_STARTS = 20 * 60;

/** When the callback is due: `dayMs` after a rating given between 08:00 and 20:00 in the customer's zone, else `eveningMs`. */
export function followUpDueAt(ratedAt: Date, timeZone: string, delays: FollowUpDelays): Date {
  const minutes = localMinutes(ratedAt, timeZone);
  const byDay = minutes >= DAY_STARTS && minutes < EVENING_STARTS;
  return new Date(ratedAt.getTime() + (byDay ? delays.dayMs : delays.eveningMs));
}

function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return part('hour') * 60 + part('minute');
}
