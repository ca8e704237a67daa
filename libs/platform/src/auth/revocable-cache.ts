export interface RevocableCacheOptions {
  /** Entries kept at most; the oldest is forgotten first. */
  maxEntries: number;
  /** How often the revocation version is read. */
  pollMs: number;
  /**
   * Entries are used only while the last successful version read started this recently: a revocation is honoured
   * within this time even when the reads fail or stall (the cache is then bypassed, not trusted).
   */
  trustForMs: number;
  /** A value that changes whenever a credential is revoked, read from where revocations are written. */
  readVersion: () => Promise<string>;
  now?: () => number;
  onReadFailed?: (error: Error) => void;
}

/**
 * Remembers verified credentials without a database round trip per request, and forgets them all within
 * `trustForMs` of any revocation: one small query every `pollMs` per process, however many credentials are cached.
 */
export class RevocableCache<V> {
  private readonly entries = new Map<string, V>();
  private version: string | null = null;
  /** Bumped on every forgetting, so a look-up that raced with a revocation is not remembered. */
  private generation = 0;
  private readStartedAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: RevocableCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The remembered value, or `load`'s, remembered if found; `undefined` (unknown or revoked) is never remembered. */
  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    if (this.trusted()) {
      const known = this.entries.get(key);
      if (known !== undefined) return known;
    }
    const generation = this.generation;
    const value = await load();
    if (value !== undefined && generation === this.generation && this.trusted()) this.remember(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reads the version once, forgetting everything if it changed. */
  async refresh(): Promise<void> {
    const startedAt = this.now();
    const version = await this.options.readVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.generation += 1;
      this.version = version;
    }
    this.readStartedAt = startedAt;
  }

  /** Polls until `stop`; each read waits for the previous one, so versions are never applied out of order. */
  start(): void {
    const poll = async () => {
      await this.refresh().catch((error: Error) => this.options.onReadFailed?.(error));
      if (!this.stopped) this.timer = setTimeout(() => void poll(), this.options.pollMs).unref();
    };
    void poll();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private trusted(): boolean {
    return this.now() - this.readStartedAt < this.options.trustForMs;
  }

  private remember(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }
}
