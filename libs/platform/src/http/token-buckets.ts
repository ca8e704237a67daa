/** `count` requests per `periodMs`, and up to `burst` at once after a quiet spell. */
export interface RateLimit {
  count: number;
  periodMs: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last worked out. */
  at: number;
}

/**
 * A token bucket per key. A bucket left alone long enough to fill up is the same as no bucket, so it is forgotten:
 * the map holds only the keys used within that time. The map is kept in order of last use (a used key moves to the
 * end), so the idle ones are always at its front and forgetting them stops at the first busy one. With `maxKeys`
 * (keys a stranger can make up, such as addresses), the key used longest ago also goes once there are more.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly tokensPerMs: number;
  private readonly fullAfterMs: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = Infinity,
  ) {
    this.tokensPerMs = limit.count / limit.periodMs;
    this.fullAfterMs = limit.burst / this.tokensPerMs;
  }

  /** Takes a token for `key` at `now` (ms, monotonic): 0 if there was one, else the ms until there will be. */
  take(key: string, now: number): number {
    this.forgetIdle(now);
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * this.tokensPerMs)
      : this.limit.burst;
    const allowed = tokens >= 1;
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return allowed ? 0 : Math.ceil((1 - tokens) / this.tokensPerMs);
  }

  /** Keys with a bucket of their own. */
  get size(): number {
    return this.buckets.size;
  }

  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at < this.fullAfterMs) return;
      this.buckets.delete(key);
    }
  }
}
