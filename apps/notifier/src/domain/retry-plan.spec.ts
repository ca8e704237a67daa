import { planRetry, RetryPolicy } from './retry-plan';

describe('planRetry', () => {
  const policy: RetryPolicy = {
    retryBackoffMs: 1000,
    retryMaxBackoffMs: 10_000,
    giveUpAfterMs: 3_600_000,
    maxAttempts: null,
  };
  const at = new Date('2026-03-10T12:00:00Z');
  const failed = (attempts: number, ageMs = 0) => ({
    attempts,
    at,
    ageFrom: new Date(at.getTime() - ageMs),
    window: null,
    timeZone: 'UTC',
  });
  const waitOf = (plan: ReturnType<typeof planRetry>) =>
    'retryAt' in plan ? plan.retryAt.getTime() - at.getTime() : plan.giveUp;

  it('doubles the wait after each failure up to the cap, for as long as the message is younger than the give-up age', () => {
    expect([1, 2, 3, 4, 5, 200].map((attempts) => waitOf(planRetry(failed(attempts), policy)))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
    expect(waitOf(planRetry(failed(500, 3_599_999), policy))).toBe(10_000);
  });

  it('gives up once the message has been retried for the give-up age, or after maxAttempts when one is set', () => {
    expect(planRetry(failed(3, 3_600_000), policy)).toEqual({ giveUp: 'age' });
    expect(planRetry(failed(3), { ...policy, maxAttempts: 3 })).toEqual({ giveUp: 'attempts' });
    expect(waitOf(planRetry(failed(2), { ...policy, maxAttempts: 3 }))).toBe(2000);
  });

  it("moves a retry that would fall outside the customer's window to its next opening", () => {
    const plan = planRetry({ ...failed(1), window: { from: '09:00', to: '12:00' } }, policy);
    expect(plan).toEqual({ retryAt: new Date('2026-03-11T09:00:00Z') });
    expect(planRetry({ ...failed(1), window: { from: '09:00', to: '13:00' } }, policy)).toEqual({
      retryAt: new Date(at.getTime() + 1000),
    });
  });

  it.each([
    // [case, failed at (UTC), window, zone, expected retry (UTC)]
    [
      'across midnight, a retry still inside: after the backoff',
      '2026-03-10T15:00:00Z',
      { from: '22:00', to: '02:00' },
      'Asia/Vladivostok',
      '2026-03-10T15:00:01Z',
    ],
    [
      'across midnight, a retry that would land at its end: the next evening',
      '2026-03-10T15:59:59.500Z',
      { from: '22:00', to: '02:00' },
      'Asia/Vladivostok',
      '2026-03-11T12:00:00Z',
    ],
    [
      'the default day window, a failure late at night in the zone: the morning',
      '2026-03-10T20:59:59.500Z',
      { from: '09:00', to: '21:00' },
      'UTC',
      '2026-03-11T09:00:00Z',
    ],
    [
      'a zone behind UTC, where it is still yesterday evening',
      '2026-03-11T01:59:59.500Z',
      { from: '09:00', to: '21:00' },
      'America/New_York',
      '2026-03-11T13:00:00Z',
    ],
  ] as const)('never plans a retry outside the window: %s', (_case, failedAt, window, timeZone, expected) => {
    const plan = planRetry(
      { attempts: 1, at: new Date(failedAt), ageFrom: new Date(failedAt), window, timeZone },
      policy,
    );
    expect(plan).toEqual({ retryAt: new Date(expected) });
  });
});
