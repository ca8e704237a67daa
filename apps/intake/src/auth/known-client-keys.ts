import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { RevocableCache } from '@redress/platform';
import { DataSource } from 'typeorm';
import { findKeyHolder, KeyHolder, touchKey } from '../persistence/client-key.store';
import { keyRevocationVersion } from '../persistence/client-system.store';
import type { ClientSystem } from './client-system.guard';

/** A key's last use is written at most this often per key and replica. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Known API keys, remembered so a client posting a burst is looked up once, not once per complaint. Every replica
 * reads the count of revoked keys every 250 ms and forgets all keys when it changes, and trusts what it remembers
 * only while that read is under a second old: a revoked key is refused everywhere within a second, at the cost of
 * four tiny queries a second per replica instead of one per request. Rotating a key counts as a revocation (the
 * rotated-out key's expiry is then read afresh), and a remembered rotated-out key is refused once its expiry passes.
 */
@Injectable()
export class KnownClientKeys implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(KnownClientKeys.name);
  private readonly cache: RevocableCache<KeyHolder>;
  /** When each key's use was last written; cleared when it grows past the cache's size. */
  private readonly touchedAt = new Map<string, number>();

  constructor(private readonly dataSource: DataSource) {
    this.cache = new RevocableCache({
      maxEntries: 10_000,
      pollMs: 250,
      trustForMs: 1_000,
      readVersion: () => keyRevocationVersion(dataSource),
      onReadFailed: (error) =>
        this.logger.warn(`cannot read key revocations, looking every key up until it can: ${error.message}`),
    });
  }

  onModuleInit(): void {
    this.cache.start();
  }

  onModuleDestroy(): void {
    this.cache.stop();
  }

  /** The unrevoked client system holding the unexpired, unrevoked key with this hash, if any. */
  async find(keyHash: string): Promise<ClientSystem | undefined> {
    const holder = await this.cache.get(keyHash, () => findKeyHolder(this.dataSource, keyHash));
    if (!holder || (holder.expiresAt !== null && holder.expiresAt <= Date.now())) return undefined;
    this.touch(keyHash);
    const { expiresAt, ...client } = holder;
    return client;
  }

  /** Records the key's use without making the request wait, at most once a minute. */
  private touch(keyHash: string): void {
    const now = Date.now();
    if (now - (this.touchedAt.get(keyHash) ?? Number.NEGATIVE_INFINITY) < TOUCH_EVERY_MS) return;
    if (this.touchedAt.size >= 10_000) this.touchedAt.clear();
    this.touchedAt.set(keyHash, now);
    touchKey(this.dataSource, keyHash).catch((error: Error) =>
      this.logger.warn(`cannot record a key's last use: ${error.message}`),
    );
  }
}
