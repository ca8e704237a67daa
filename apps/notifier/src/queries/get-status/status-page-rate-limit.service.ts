import { Inject, Injectable } from '@nestjs/common';
import { hashToken, TokenBuckets } from '@redress/platform';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';

/** Addresses and links remembered at once: enough for real traffic, small enough that a flood of new ones costs little. */
const MAX_KEYS = 10_000;

/**
 * The status page is public: one address, and one link, get STATUS_PAGE_RATE_LIMIT requests a minute (a burst of
 * STATUS_PAGE_BURST), so guessing tokens or hammering one page is slow. Per replica, in memory.
 */
@Injectable()
export class StatusPageRateLimit {
  private readonly buckets: TokenBuckets;

  constructor(@Inject(NOTIFIER_SETTINGS) settings: NotifierSettings) {
    const { perMinute, burst } = settings.statusPage;
    this.buckets = new TokenBuckets({ count: perMinute, periodMs: 60_000, burst }, MAX_KEYS);
  }

  /** False when the address or the link has used its share; the token is keyed by its hash, never kept in clear. */
  allows(ip: string, token: string, now = performance.now()): boolean {
    const byAddress = this.buckets.take(`ip:${ip}`, now);
    const byLink = this.buckets.take(`link:${hashToken(token)}`, now);
    return byAddress === 0 && byLink === 0;
  }
}
