import { Resolver } from 'node:dns/promises';
import { LruCache } from '../cache/lru-cache';
import { ResolveHost } from './destination-policy';

/** A host name that has no address, or whose addresses DNS did not give in time. */
export class UnresolvableHost extends Error {
  constructor(hostname: string, code: string) {
    super(`${hostname} does not resolve (${code})`);
    this.name = 'UnresolvableHost';
  }
}

/** DNS codes that mean "no such record" rather than "no answer". */
const NO_RECORD = new Set(['ENOTFOUND', 'ENODATA']);

/**
 * A and AAAA records straight from DNS (c-ares): unlike the system resolver it holds no libuv thread while it
 * waits, and it gives up after `timeoutMs`. It does not read /etc/hosts. Every address must be known, so a
 * record type that fails for another reason than "none" makes the host unresolvable.
 */
export function resolveWithDns(timeoutMs: number): ResolveHost {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  return async (hostname) => {
    const answers = await Promise.allSettled([resolver.resolve4(hostname), resolver.resolve6(hostname)]);
    const failure = answers.find(
      (answer): answer is PromiseRejectedResult => answer.status === 'rejected' && !NO_RECORD.has(answer.reason.code),
    );
    if (failure) throw new UnresolvableHost(hostname, failure.reason.code ?? 'error');
    const addresses = answers.flatMap((answer) => (answer.status === 'fulfilled' ? answer.value : []));
    if (addresses.length === 0) throw new UnresolvableHost(hostname, 'ENOTFOUND');
    return addresses;
  };
}

export interface ResolverCache {
  /** Host names remembered at most; the least recently used goes first. */
  size: number;
  ttlMs: number;
}

/**
 * Remembers what `resolve` answered for a while (failures are not remembered: a new name may appear any moment), and
 * asks once for concurrent requests of one name.
 */
export function cachedResolver(resolve: ResolveHost, cache: ResolverCache, now: () => number = Date.now): ResolveHost {
  const answers = new LruCache<string, { addresses: string[]; until: number }>(cache.size);
  const pending = new Map<string, Promise<string[]>>();
  return async (hostname) => {
    const cached = answers.get(hostname);
    if (cached && cached.until > now()) return cached.addresses;
    const asked = pending.get(hostname) ?? resolve(hostname);
    pending.set(hostname, asked);
    try {
      const addresses = await asked;
      answers.set(hostname, { addresses, until: now() + cache.ttlMs });
      return addresses;
    } finally {
      if (pending.get(hostname) === asked) pending.delete(hostname);
    }
  };
}
