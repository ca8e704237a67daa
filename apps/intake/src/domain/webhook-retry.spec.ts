import { planWebhookRetry } from './webhook-retry';

describe('planWebhookRetry', () => {
  const policy = { retryBackoffMs: 1_000, retryMaxBackoffMs: 5_000, giveUpAfterMs: 60_000 };
  const first = new Date('2026-12-06T12:00:00Z');
  const after = (ms: number) => new Date(first.getTime() + ms);

  it('doubles the wait from the first retry, up to the cap', () => {
    expect(planWebhookRetry(1, first, first, policy)).toEqual({ retryAt: after(1_000) });
    expect(planWebhookRetry(2, after(1_000), first, policy)).toEqual({ retryAt: after(3_000) });
    expect(planWebhookRetry(3, after(3_000), first, policy)).toEqual({ retryAt: after(7_000) });
    expect(planWebhookRetry(10, after(20_000), first, policy)).toEqual({ retryAt: after(25_000) });
  });

  it('gives up once the delivery has been retried for DELIVERY_GIVE_UP_AFTER', () => {
    expect(planWebhookRetry(20, after(59_999), first, policy)).toHaveProperty('retryAt');
    expect(planWebhookRetry(20, after(60_000), first, policy)).toEqual({ giveUp: true });
  });
});
