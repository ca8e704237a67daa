import { retryDelayMs, signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signature', () => {
  const now = new Date('2025-06-10T12:00:00Z');
  const ts = Math.floor(now.getTime() / 1000);

  it('verifies its own signature and refuses a changed body, secret or stale timestamp', () => {
    const signature = signWebhook('s3cret', ts, '{"a":1}');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhook('s3cret', String(ts), '{"a":1}', signature, now)).toBe(true);
    expect(verifyWebhook('s3cret', String(ts), '{"a":2}', signature, now)).toBe(false);
    expect(verifyWebhook('other', String(ts), '{"a":1}', signature, now)).toBe(false);
    expect(verifyWebhook('s3cret', String(ts - 301), '{"a":1}', signWebhook('s3cret', ts - 301, '{"a":1}'), now)).toBe(
      false,
    );
  });

  it('backs off exponentially, bounded', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30, 1000, 60_000)).toBe(60_000);
  });
});
