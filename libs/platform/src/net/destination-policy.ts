import { isIP } from 'node:net';
import { classifyAddress } from './address-class';
import { AllowedDestinations, normalHostName } from './allowed-destinations';
import { RefusedDestination } from './refused-destination';

/** Every address a host name resolves to; throws when it resolves to none. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

/**
 * Where the services may send requests to URLs they were given (a complaint's callbackUrl, the SMS gateway): http(s)
 * to public addresses only, unless WEBHOOK_ALLOWED_HOSTS names the host or its network.
 */
export class DestinationPolicy {
  constructor(private readonly allowed: AllowedDestinations = AllowedDestinations.NONE) {}

  /** The URL as WHATWG reads it, as every Node HTTP client will: numeric hosts such as 2130706433 become 127.0.0.1. */
  parse(text: string): URL {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new RefusedDestination('not a URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new RefusedDestination(`${url.protocol} is not http(s)`);
    return url;
  }

  /**
   * The checked addresses a request to `url` may connect to, or null when its host is allowed by name (connect as
   * usual). Throws RefusedDestination if any address is not public, and what `resolve` throws when the name does
   * not resolve.
   */
  async addressesFor(url: URL, resolve: ResolveHost): Promise<string[] | null> {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host)) {
      this.check(host, host);
      return [host];
    }
    if (this.allowed.allowsName(host)) return null;
    const name = normalHostName(host);
    // RFC 6761: these names are loopback whatever a resolver says.
    if (name === 'localhost' || name.endsWith('.localhost'))
      throw new RefusedDestination(`${name} is not a public address (loopback)`);
    const addresses = await resolve(name);
    for (const address of addresses) this.check(address, `${name} resolves to ${address}, which`);
    return addresses;
  }

  private check(address: string, subject: string): void {
    if (this.allowed.allowsAddress(address)) return;
    const kind = classifyAddress(address);
    if (kind !== 'public') throw new RefusedDestination(`${subject} is not a public address (${kind})`);
  }
}
