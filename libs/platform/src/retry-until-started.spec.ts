import { retryUntilStarted } from './retry-until-started';

describe('retryUntilStarted', () => {
  it('tries again with growing waits until the start succeeds', async () => {
    let attempts = 0;
    const waits: number[] = [];
    const retried: string[] = [];
    await retryUntilStarted(
      async () => {
        attempts += 1;
        if (attempts < 6) throw new Error(`refused ${attempts}`);
      },
      (error) => retried.push(error.message),
      async (ms) => {
        waits.push(ms);
      },
    );
    expect(attempts).toBe(6);
    expect(waits).toEqual([1_000, 2_000, 5_000, 10_000, 10_000]);
    expect(retried).toEqual(['refused 1', 'refused 2', 'refused 3', 'refused 4', 'refused 5']);
  });

  it('does not wait when the first start succeeds', async () => {
    const waits: number[] = [];
    await retryUntilStarted(
      async () => undefined,
      () => undefined,
      async (ms) => void waits.push(ms),
    );
    expect(waits).toEqual([]);
  });
});
