/** A deadline as people read it: how long is left, or how long ago it passed, in whole units. */
export interface TimeLeft {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

export function timeLeft(dueAt: Date, now: Date): TimeLeft {
  const difference = dueAt.getTime() - now.getTime();
  // Rounded up while time is left, so "0 min left" never shows before the deadline has passed.
  const totalMinutes = difference > 0 ? Math.ceil(difference / 60_000) : Math.floor(Math.abs(difference) / 60_000);
  return {
    overdue: difference <= 0,
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}
