import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { RevocableCache } from '@redress/platform';
import { DataSource } from 'typeorm';
import { keyRevocationVersion } from '../persistence/client-systems';
import type { ClientSystem } from './client-system.guard';

/**
 * Known API keys, remembered so a client posting a burst is looked up once, not once per complaint. Every replica
 * reads the count of revoked keys every 250 ms and forgets all keys when it changes, and trusts what it remembers
 * only while that read is under a second old: a revoked key is refused everywhere within a second, at the cost of
 * four tiny queries a second per replica instead of one per request.
 */
@Injectable()
export class KnownClientKeys implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(KnownClientKeys.name);
  private readonly cache: RevocableCache<ClientSystem>;

  constructor(private readonly dataSource: DataSource) {
    this.cache = new RevocableCache({
      maxEntries: 10_000,
      pollMs: 250,
      trustForMs: 1_000,
      readVersion: () => keyRevocationVersion(dataSource),
      onReadFailed: (error) => this.logger.warn(`cannot read key revocations, looking every key up until it can: ${error.message}`),
    });
  }

  onModuleInit(): void {
    this.cache.start();
  }

  onModuleDestroy(): void {
    this.cache.stop();
  }

  /** The unrevoked client system holding the key with this hash, if any. */
  find(keyHash: string): Promise<ClientSystem | undefined> {
    return this.cache.get(keyHash, async () => {
      const [client]: ClientSystem[] = await this.dataSource.query(
        'SELECT id, name, kind FROM intake.client_systems WHERE api_key_hash = $1 AND revoked_at IS NULL',
        [keyHash],
      );
      return client;
    });
  }
}
