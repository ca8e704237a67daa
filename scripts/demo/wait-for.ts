/** A step whose effect did not happen in time: the demo stops with this message. */
export class DemoStepFailed extends Error {}

/**
 * Polls `probe` until `accept` likes its value (the effects are asynchronous: events travel through the broker).
 * On timeout it fails with `what` and the last value seen, described by `describe`, so it is clear how far things got.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 250, describe = (value: T) => JSON.stringify(value)?.slice(0, 300) } = {},
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
  throw new DemoStepFailed(
    `timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}; last seen: ${seen}${lastError ? `; last error: ${lastError.message}` : ''}`,
  );
}
