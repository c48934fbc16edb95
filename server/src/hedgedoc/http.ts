/**
 * The one way the HedgeDoc client reaches the network: a single request, no automatic redirects, a size cap,
 * a timeout, and the address policy applied to the address actually connected to (so DNS cannot smuggle in a
 * private address).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isLocalHostName, isPrivateAddress } from './addressPolicy';
import { HedgeDocError } from './errors';

export interface HttpRequest {
  readonly method?: 'GET' | 'POST';
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: Buffer | string;
  /** Bytes of response body accepted before giving up. */
  readonly maxBytes: number;
  /** Whether loopback and private addresses are allowed (only for the configured server). */
  readonly allowPrivate: boolean;
  readonly timeoutMs?: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Performs one request; redirects come back as 3xx responses for the caller to judge. */
export function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!req.allowPrivate && (isLocalHostName(host) || (isIP(host) && isPrivateAddress(host)))) {
    return Promise.reject(refused(url.host));
  }
  const lookup = policyLookup(req.allowPrivate);
  const mod = url.protocol === 'https:' ? https : http;
  const body = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
  return new Promise((resolve, reject) => {
    const r = mod.request(url, {
      method: req.method ?? 'GET',
      headers: { 'user-agent': 'scs-deck', ...(body ? { 'content-length': String(body.length) } : {}), ...req.headers },
      lookup,
      timeout: req.timeoutMs ?? 20000,
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > req.maxBytes) {
          res.destroy();
          reject(new HedgeDocError('too-large', `${url.origin}${url.pathname} is larger than ${Math.round(req.maxBytes / 1024)} KiB; not downloading it.`));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (e) => reject(unreachable(url, e)));
    });
    r.on('timeout', () => r.destroy(new Error('timed out')));
    r.on('error', (e) => reject(e instanceof HedgeDocError ? e : unreachable(url, e)));
    r.end(body);
  });
}

/** A DNS lookup that drops private addresses unless allowed (used by every socket the client opens). */
export function policyLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const ok = allowPrivate ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (ok.length === 0) return callback(refused(hostname), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, ok);
      callback(null, ok[0].address, ok[0].family);
    });
  };
}

function refused(host: string): HedgeDocError {
  return new HedgeDocError('refused-address', `${host} is a local or private address; SCS Deck only connects there when it is the configured HedgeDoc server.`);
}

function unreachable(url: URL, e: Error): HedgeDocError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'the host name is unknown'
    : code === 'ECONNREFUSED' ? 'the connection was refused'
      : code === 'ECONNRESET' ? 'the connection was reset'
        : e.message === 'timed out' ? 'it did not answer in time'
          : code ?? e.message;
  return new HedgeDocError('unreachable', `Cannot reach the HedgeDoc server ${url.origin}: ${why}.`);
}
