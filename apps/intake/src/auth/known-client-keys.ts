import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { RevocableCache } from '@redress/platform';
import { DataSource } from 'typeorm';
import { touchKey } from '../persistence/client-key.store';
import { keyRevocationVersion } from '../persistence/client-system.store';
import type { ClientSystem } from './client-system.guard';

/** A key's last use is written at most this often per key and replica. */
const TOUCH_EVERY_MS = 60_000;

/** A client system with when the key it was found by stops working (a rotated-out key), if ever. */
type KeyHolder = ClientSystem & { expiresAt: number | null };

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
    const holder = await this.cache.get(keyHash, () => this.load(keyHash));
    if (!holder || (holder.expiresAt !== null && holder.expiresAt <= Date.now())) return undefined;
    this.touch(keyHash);
    const { expiresAt, ...client } = holder;
    return client;
  }

  private async load(keyHash: string): Promise<KeyHolder | undefined> {
    const [holder]: (ClientSystem & { expires_at: Date | null })[] = await this.dataSource.query(
      `SELECT id, name, kind, NULL::timestamptz AS expires_at FROM intake.client_systems WHERE api_key_hash = $1 AND revoked_at IS NULL
       UNION ALL
       SELECT c.id, c.name, c.kind, k.expires_at FROM intake.retired_client_keys k JOIN intake.client_systems c ON c.id = k.client_system_id
       WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND k.expires_at > now() AND c.revoked_at IS NULL`,
      [keyHash],
    );
    return (
      holder && { id: holder.id, name: holder.name, kind: holder.kind, expiresAt: holder.expires_at?.getTime() ?? null }
    );
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
