import { BlockList, isIP } from 'node:net';
import { embeddedIpv4 } from './address-class';
import { Env } from '../config/settings';

/** Destinations exempt from the public-address rule (WEBHOOK_ALLOWED_HOSTS): local stacks, tests, known partners. */
export class AllowedDestinations {
  static readonly NONE = new AllowedDestinations(new Set(), new BlockList());

  private constructor(
    private readonly names: ReadonlySet<string>,
    private readonly networks: BlockList,
  ) {}

  /**
   * Comma-separated host names (matched exactly, case-insensitively), addresses and CIDRs, e.g.
   * `127.0.0.1, 10.20.0.0/16, sms-gateway.internal`. Throws naming the first entry that is none of these.
   */
  static parse(text: string): AllowedDestinations {
    const names = new Set<string>();
    const networks = new BlockList();
    for (const entry of text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      if (!addNetwork(networks, entry)) names.add(hostName(entry));
    }
    return new AllowedDestinations(names, networks);
  }

  allowsName(hostname: string): boolean {
    return this.names.has(normalHostName(hostname));
  }

  allowsAddress(address: string): boolean {
    const ipv4 = isIP(address) === 6 ? embeddedIpv4(address) : null;
    if (ipv4) return this.networks.check(ipv4, 'ipv4');
    return this.networks.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
}

/** Reads WEBHOOK_ALLOWED_HOSTS (empty by default); a bad entry stops start-up with a message naming the setting. */
export function readAllowedDestinations(env: Env, name = 'WEBHOOK_ALLOWED_HOSTS'): AllowedDestinations {
  try {
    return AllowedDestinations.parse(env[name] ?? '');
  } catch (error) {
    throw new Error(`setting ${name}: ${(error as Error).message}`);
  }
}

/** Lower case, without the trailing dot of a fully qualified name: how URLs' host names are compared. */
export function normalHostName(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Adds `entry` when it is an address or CIDR; false when it looks like neither. */
function addNetwork(networks: BlockList, entry: string): boolean {
  const [network, prefix, ...rest] = entry.split('/');
  const family = isIP(network);
  if (family === 0) {
    if (prefix !== undefined || /^[\d.]+$/.test(network) || network.includes(':'))
      throw new Error(`"${entry}" is not a valid address or CIDR`);
    return false;
  }
  const width = family === 4 ? 32 : 128;
  const bits = prefix === undefined ? width : Number(prefix);
  if (rest.length > 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) || bits > width)
    throw new Error(`"${entry}" is not a valid CIDR`);
  networks.addSubnet(network, bits, family === 4 ? 'ipv4' : 'ipv6');
  return true;
}

function hostName(entry: string): string {
  const name = normalHostName(entry);
  const labels = name.split('.');
  // A last label of digits would make a URL parser read the name as an IPv4 address.
  if (name.length > 253 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels[labels.length - 1])) {
    throw new Error(`"${entry}" is not a host name, address or CIDR`);
  }
  return name;
}
