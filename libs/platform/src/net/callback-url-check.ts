import { Env, readDuration, readWholeNumber } from '../config/settings';
import { AllowedDestinations, readAllowedDestinations } from './allowed-destinations';
import { DestinationPolicy, ResolveHost } from './destination-policy';
import { cachedResolver, resolveWithDns, UnresolvableHost } from './host-resolution';
import { RefusedDestination } from './refused-destination';

export interface CallbackUrlSettings {
  /** WEBHOOK_ALLOWED_HOSTS. */
  allowed: AllowedDestinations;
  /** CALLBACK_DNS_TIMEOUT: how long a callback URL's host may take to resolve. */
  dnsTimeoutMs: number;
  /** CALLBACK_DNS_CACHE_SIZE and CALLBACK_DNS_CACHE_TTL: resolved host names remembered, and for how long. */
  dnsCacheSize: number;
  dnsCacheTtlMs: number;
}

export function readCallbackUrlSettings(env: Env): CallbackUrlSettings {
  return {
    allowed: readAllowedDestinations(env),
    dnsTimeoutMs: readDuration(env, 'CALLBACK_DNS_TIMEOUT', '2s'),
    dnsCacheSize: readWholeNumber(env, 'CALLBACK_DNS_CACHE_SIZE', 10_000, 1),
    dnsCacheTtlMs: readDuration(env, 'CALLBACK_DNS_CACHE_TTL', '1m'),
  };
}

/**
 * Checks a callback URL a client gives, when it gives it: http(s) to a host that resolves, to public addresses only.
 * Early feedback for the client; the sender checks again when it sends (DNS answers change).
 */
export class CallbackUrlCheck {
  private readonly policy: DestinationPolicy;
  private readonly resolve: ResolveHost;

  constructor(settings: CallbackUrlSettings) {
    this.policy = new DestinationPolicy(settings.allowed);
    this.resolve = cachedResolver(resolveWithDns(settings.dnsTimeoutMs), {
      size: settings.dnsCacheSize,
      ttlMs: settings.dnsCacheTtlMs,
    });
  }

  /** Why `text` cannot be a callback URL, or null when it can. */
  async problem(text: string): Promise<string | null> {
    try {
      await this.policy.addressesFor(this.policy.parse(text), this.resolve);
      return null;
    } catch (error) {
      if (error instanceof RefusedDestination) return `must be an http(s) URL of a public address: ${error.reason}`;
      if (error instanceof UnresolvableHost) return `must name a host that resolves: ${error.message}`;
      throw error;
    }
  }
}
