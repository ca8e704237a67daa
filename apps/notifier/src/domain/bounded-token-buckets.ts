/**
 * A token bucket per key, `perMinute` tokens a minute up to `burst`, in a map of at most `maxKeys`: past it the key
 * used longest ago is forgotten (it starts again with a full bucket). The map is kept in order of last use, so the
 * idle keys are at its front. Pure; the clock (ms) is a parameter.
 */
export class BoundedTokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly tokensPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly maxKeys: number,
  ) {
    this.tokensPerMs = perMinute / 60_000;
  }

  /** Takes a token for `key`: true if there was one. */
  take(key: string, now: number): boolean {
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.tokensPerMs) : this.burst;
    const allowed = tokens >= 1;
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return allowed;
  }

  get size(): number {
    return this.buckets.size;
  }
}
