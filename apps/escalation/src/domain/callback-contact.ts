/** A daily window on the customer's clock (HH:MM to HH:MM; an end before the start spans midnight). */
export interface CallWindow {
  from: string;
  to: string;
}

/** What the person making a callback needs besides the number: the customer's clock and whether it is a good time. */
export interface CallTiming {
  timeZone: string;
  /** HH:MM on the customer's clock. */
  localTime: string;
  window: CallWindow | null;
  /** True without a window: the customer gave no preference. */
  withinWindow: boolean;
}

export function callTiming(now: Date, timeZone: string, window: CallWindow | null): CallTiming {
  const localTime = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return { timeZone, localTime, window, withinWindow: window === null || isWithin(minutesOf(localTime), window) };
}

function isWithin(minutes: number, window: CallWindow): boolean {
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  if (from === to) return true;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}
