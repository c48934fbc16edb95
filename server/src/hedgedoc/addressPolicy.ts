/**
 * Where the HedgeDoc client may connect. A note's text names URLs that anybody can write, and a redirect can point
 * anywhere, so the client talks to one server only (the one it was made for) and never to loopback, private or
 * link-local addresses unless that server itself was configured there (a HedgeDoc on the LAN or on 127.0.0.1).
 */
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

/**
 * True for loopback, private, link-local, carrier-grade NAT, multicast and unspecified addresses, IPv4-mapped
 * IPv6 included.
 * @example isPrivateAddress('10.1.2.3') // true
 * @example isPrivateAddress('::ffff:127.0.0.1') // true
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]);
  const family = isIP(ip);
  if (family === 4) return PRIVATE.check(ip, 'ipv4');
  if (family === 6) return PRIVATE.check(ip, 'ipv6');
  return false;
}

/** Host names that always mean this machine, whatever DNS says. */
export function isLocalHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/**
 * Whether `url` lies on `server` (same origin, and under its base path).
 * @example isOnServer('https://hd.example/uploads/a.png', 'https://hd.example') // true
 */
export function isOnServer(url: string, server: string): boolean {
  let u: URL;
  let s: URL;
  try {
    u = new URL(url);
    s = new URL(server);
  } catch {
    return false;
  }
  if (u.origin !== s.origin || u.username || u.password) return false;
  const base = s.pathname.replace(/\/+$/, '');
  return u.pathname === base || u.pathname.startsWith(base + '/');
}
