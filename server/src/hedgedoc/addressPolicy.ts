/**
 * Where the HedgeDoc client may connect. A note's text names URLs that anybody can write, and a redirect can point
 * anywhere, so the client talks to one server only (the one it was made for) and never to loopback, private or
 * link-local addresses unless that server itself was configured there (a HedgeDoc on the LAN or on 127.0.0.1).
 */
import { isIP } from 'node:net';
import { isPublicAddress } from '../core/url/publicHost';

/**
 * True for any IP address that is not on the public internet (loopback, private, link-local, carrier-grade NAT,
 * multicast, unspecified, IPv4-mapped forms of these…): the one check exports use too.
 * @example isPrivateAddress('10.1.2.3') // true
 * @example isPrivateAddress('::ffff:127.0.0.1') // true
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return isIP(ip) !== 0 && !isPublicAddress(ip);
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
