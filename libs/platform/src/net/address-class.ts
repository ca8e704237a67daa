import { BlockList, isIP } from 'node:net';

/** Why an address is no place to send a request on a client's say-so; `public` means it is. */
export type AddressClass =
  | 'public'
  | 'metadata'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'shared (CGNAT)'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'documentation'
  | 'reserved';

/**
 * Special-purpose ranges (IANA registries, RFC 6890 and successors), most specific first: the first that holds an
 * address names its class. Cloud metadata endpoints come first so they are named as such.
 */
const RANGES: ReadonlyArray<readonly [AddressClass, readonly string[]]> = [
  [
    'metadata',
    ['169.254.169.254/32', '169.254.170.2/32', '168.63.129.16/32', '100.100.100.200/32', 'fd00:ec2::254/128'],
  ],
  ['unspecified', ['0.0.0.0/8', '::/128']],
  ['loopback', ['127.0.0.0/8', '::1/128']],
  ['private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fec0::/10']],
  ['link-local', ['169.254.0.0/16', 'fe80::/10']],
  ['unique-local', ['fc00::/7']],
  ['shared (CGNAT)', ['100.64.0.0/10']],
  ['multicast', ['224.0.0.0/4', 'ff00::/8']],
  ['broadcast', ['255.255.255.255/32']],
  ['documentation', ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32', '3fff::/20']],
  [
    'reserved',
    // IETF protocol assignments, 6to4 relays, benchmarking, the old class E; IPv6 discard-only, IETF (Teredo
    // included: its IPv4 is obfuscated), local-use NAT64, SRv6.
    [
      '192.0.0.0/24',
      '192.88.99.0/24',
      '198.18.0.0/15',
      '240.0.0.0/4',
      '100::/64',
      '2001::/23',
      '64:ff9b:1::/48',
      '5f00::/16',
    ],
  ],
];

const LISTS = RANGES.map(([kind, cidrs]) => [kind, blockListOf(cidrs)] as const);

/** All IPv6 unicast on the Internet is in 2000::/3; the rest is unassigned or special. */
const GLOBAL_UNICAST = blockListOf(['2000::/3']);

/** What kind of address `address` (IPv4 or IPv6, without brackets) is; an IPv6 form of an IPv4 address counts as that. */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 0) throw new Error(`"${address}" is not an IP address`);
  if (family === 6) {
    const ipv4 = embeddedIpv4(address);
    if (ipv4) return classifyAddress(ipv4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [kind, list] of LISTS) if (list.check(address, type)) return kind;
  return family === 6 && !GLOBAL_UNICAST.check(address, 'ipv6') ? 'reserved' : 'public';
}

/**
 * The IPv4 address an IPv6 address carries and reaches: IPv4-mapped (::ffff:a.b.c.d), IPv4-translated
 * (::ffff:0:a.b.c.d), IPv4-compatible (::a.b.c.d, but not :: or ::1), NAT64 well-known prefix (64:ff9b::a.b.c.d) and
 * 6to4 (2002:aabb:ccdd::). Null when it carries none.
 */
export function embeddedIpv4(ipv6: string): string | null {
  const bytes = ipv6Bytes(ipv6);
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  const tail = bytes.slice(12);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return tail.join('.');
  if (zeros(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zeros(10, 12)) return tail.join('.');
  if (zeros(0, 12) && !zeros(12, 15)) return tail.join('.');
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12))
    return tail.join('.');
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6).join('.');
  return null;
}

/** The 16 bytes of a valid IPv6 address (a zone index is ignored). */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = [...groups(head), ...(tail === undefined ? [] : Array<string>(missing).fill('0')), ...groups(tail)];
  return all.flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

function blockListOf(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefix] = cidr.split('/');
    list.addSubnet(network, Number(prefix), isIP(network) === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}
