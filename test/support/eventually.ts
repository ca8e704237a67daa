import { waitFor } from '../../scripts/stack/wait-for';

/**
 * Polls until `probe` returns a value `accept` likes; the tests wait for outcomes this way, never for fixed sleeps.
 * On timeout the whole last value is in the error, so a failure says how far things got.
 */
export function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  return waitFor(what, probe, accept, { timeoutMs, intervalMs, describe: (value) => JSON.stringify(value) });
}
