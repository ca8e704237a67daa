/** A wait that ran out: its message says what was awaited and the last thing seen. */
export class TimedOut extends Error {}

export interface WaitOptions<T> {
  timeoutMs?: number;
  intervalMs?: number;
  /** How the last value seen is shown in the timeout's message. */
  describe?: (value: T) => string;
}

/**
 * Polls `probe` until `accept` likes its value (effects are asynchronous: events travel through the broker). A probe
 * that throws is tried again. On timeout it throws TimedOut naming `what` and the last value seen, so it is clear how
 * far things got.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  {
    timeoutMs = 30_000,
    intervalMs = 250,
    describe = (value: T) => JSON.stringify(value)?.slice(0, 300),
  }: WaitOptions<T> = {},
): Promise<T> {
  const started = Date.now();
  let last: T | undefined;
  let lastError: Error | undefined;
  while (Date.now() - started < timeoutMs) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error as Error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const seen = last === undefined ? 'nothing' : describe(last);
  throw new TimedOut(
    `timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}; last seen: ${seen}${lastError ? `; last error: ${lastError.message}` : ''}`,
  );
}
