/**
 * Decides every request Chromium makes while printing: the exported file itself and `data:` load; with remote
 * content allowed, https to public hosts whose names resolve only to public addresses; nothing else.
 */
import { lookup } from 'node:dns/promises';
import { mayFetchRemote, type RemotePolicy } from '../core/url/fetchPolicy';
import { isPublicAddress } from '../core/url/publicHost';
import type { CdpBrowser } from './cdp';

/** How a host name resolves (injected in tests); rejects when it does not. */
export type Resolve = (hostname: string) => Promise<string[]>;

const systemResolve: Resolve = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Whether the printer may load `url` while printing `pageUrl`.
 * @example await mayLoad('https://127.0.0.1/x', 'file:///tmp/deck.html', { allowRemote: true }) // false
 */
export async function mayLoad(url: string, pageUrl: string, policy: RemotePolicy, resolve: Resolve = systemResolve): Promise<boolean> {
  if (/^data:/i.test(url)) return true;
  if (stripQuery(url) === stripQuery(pageUrl)) return true;
  if (!mayFetchRemote(url, policy)) return false;
  const hostname = new URL(url).hostname;
  try {
    const addresses = await resolve(hostname.replace(/^\[|\]$/g, ''));
    return addresses.length > 0 && addresses.every(isPublicAddress);
  } catch {
    return false;
  }
}

/**
 * Pauses every request of every page in `browser` and lets through only what `mayLoad` allows. Returns the
 * URLs it blocked. Must run before the page is opened.
 */
export async function filterRequests(browser: CdpBrowser, pageUrl: string, policy: RemotePolicy, resolve: Resolve = systemResolve): Promise<string[]> {
  const blocked: string[] = [];
  browser.on('Fetch.requestPaused', (params, sessionId) => {
    const requestId = String(params.requestId);
    const url = String((params.request as { url?: unknown } | undefined)?.url ?? '');
    void mayLoad(url, pageUrl, policy, resolve)
      .then((ok) => {
        if (!ok) blocked.push(url);
        return ok
          ? browser.send('Fetch.continueRequest', { requestId }, sessionId)
          : browser.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, sessionId);
      })
      .catch(() => undefined);
  });
  await browser.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  return blocked;
}

function stripQuery(url: string): string {
  return url.replace(/[?#].*$/s, '');
}
