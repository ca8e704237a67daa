/** Waits between attempts grow from the first to the last and stay there. */
const DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Starts something that needs the broker, trying again until it starts: a service started (or restarted after a
 * crash) during a broker outage joins when the broker is back instead of exiting, which under `npm start` would
 * leave it gone for good.
 */
export async function retryUntilStarted(
  start: () => Promise<unknown>,
  onRetry: (error: Error, delayMs: number) => void,
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await start();
      return;
    } catch (error) {
      const delayMs = DELAYS_MS[Math.min(attempt, DELAYS_MS.length - 1)];
      onRetry(error as Error, delayMs);
      await sleep(delayMs);
    }
  }
}
