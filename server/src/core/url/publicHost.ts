/**
 * The one check for "may an export fetch from this host": only public internet addresses and public DNS names.
 * Hosts are normalised the way browsers do (WHATWG URL), so `0x7f.1`, `2130706433`, `0177.0.0.1` and
 * `[::ffff:127.0.0.1]` are all seen as 127.0.0.1.
 */

/** IPv4 ranges that are not the public internet: `[first octets as a number, prefix length]`. */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local machine
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];

/** Names that never mean a public host, whatever DNS says. */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'localdomain', 'lan', 'home', 'corp', 'private', 'home.arpa', 'arpa', 'test', 'invalid', 'example'];

/**
 * Whether `host` (a URL's host: a name, an IPv4 address in any form, or `[IPv6]`) is a public internet host.
 * Loopback, private, link-local, unique-local, multicast, documentation ranges, `localhost`, single-label names
 * and names under local-only suffixes are not.
 * @example isPublicHost('example.org') // true; isPublicHost('0x7f.1') // false; isPublicHost('[fd00::1]') // false
 */
export function isPublicHost(host: string): boolean {
  const canonical = canonicalHost(host);
  if (canonical === undefined) return false;
  if (canonical.startsWith('[')) return isPublicIPv6(canonical.slice(1, -1));
  const v4 = parseIPv4(canonical);
  if (v4 !== undefined) return isPublicIPv4Number(v4);
  return isPublicName(canonical);
}

/**
 * Whether a resolved address (as `dns.lookup` gives it, no brackets) is public.
 * @example isPublicAddress('8.8.8.8') // true; isPublicAddress('::1') // false
 */
export function isPublicAddress(address: string): boolean {
  if (address.includes(':')) return isPublicHost(`[${address}]`);
  const v4 = parseIPv4(address);
  return v4 !== undefined && isPublicIPv4Number(v4);
}

/** The host as a browser would connect to it, lower case without a trailing dot; undefined when it is no valid host. */
export function canonicalHost(host: string): string | undefined {
  if (!host || /[\s/\\?#@]/.test(host)) return undefined;
  try {
    const hostname = new URL(`https://${host}/`).hostname;
    return hostname.replace(/\.+$/, '') || undefined;
  } catch {
    return undefined;
  }
}

function isPublicName(name: string): boolean {
  if (!name.includes('.')) return false;
  // A name made only of digits and dots that the URL parser did not read as IPv4 is still no public name.
  if (/^[\d.]+$/.test(name)) return false;
  return !PRIVATE_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`));
}

/** A dotted-quad IPv4 address as a 32-bit number (the URL parser has already turned other forms into this). */
function parseIPv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}

function isPublicIPv4Number(address: number): boolean {
  return !PRIVATE_V4.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return ((address & mask) >>> 0) === ((parseIPv4(base) ?? 0) & mask) >>> 0;
  });
}

/** Eight 16-bit groups, or undefined. Accepts `::` shortening, a trailing dotted IPv4 part and a zone. */
function parseIPv6(text: string): number[] | undefined {
  let body = text.toLowerCase();
  const zone = body.indexOf('%');
  if (zone !== -1) body = body.slice(0, zone);
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const v4 = parseIPv4(dotted[1]);
    if (v4 === undefined) return undefined;
    body = `${body.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const all = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
  return all.length === 8 && all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : undefined;
}

function isPublicIPv6(text: string): boolean {
  const g = parseIPv6(text);
  if (!g) return false;
  const embeddedV4 = () => ((g[6] << 16) >>> 0) + g[7];
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  if (zeros(5) && g[5] === 0xffff) return isPublicIPv4Number(embeddedV4());
  if (zeros(6)) return g[6] !== 0 && isPublicIPv4Number(embeddedV4()); // also rules out :: and ::1
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isPublicIPv4Number(embeddedV4());
  // 6to4 (2002::/16) carries an IPv4 address in its second and third groups.
  if (g[0] === 0x2002) return isPublicIPv4Number(((g[1] << 16) >>> 0) + g[2]);
  // Only global unicast (2000::/3) is public; within it Teredo, benchmarking, ORCHID and documentation are not.
  if ((g[0] & 0xe000) !== 0x2000) return false;
  if (g[0] === 0x2001 && (g[1] === 0 || g[1] === 0x2 || (g[1] & 0xfff0) === 0x10 || (g[1] & 0xfff0) === 0x20 || g[1] === 0xdb8)) return false;
  return true;
}
