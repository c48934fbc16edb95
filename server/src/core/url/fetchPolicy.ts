/**
 * What an exported deck (HTML or PDF) may load from the network: nothing by default; with remote content allowed,
 * only https from public hosts. The HTML's Content-Security-Policy and the PDF printer's request filter both ask here.
 */
import { canonicalHost, isPublicHost } from './publicHost';

export interface RemotePolicy {
  /** `scs-deck render --allow-remote` / `scsDeck.export.allowRemote`. */
  readonly allowRemote: boolean;
}

/**
 * Whether the export may fetch `url` from the network. `data:` and the deck file itself are no network fetches
 * and are decided by the caller.
 * @example mayFetchRemote('https://example.org/a.png', { allowRemote: true }) // true
 * @example mayFetchRemote('https://127.0.0.1/a.png', { allowRemote: true }) // false
 * @example mayFetchRemote('http://example.org/a.png', { allowRemote: true }) // false
 */
export function mayFetchRemote(url: string, policy: RemotePolicy): boolean {
  if (!policy.allowRemote) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && isPublicHost(parsed.host);
}

/** `https://host[:port]` in the text (attributes, CSS, options JSON); escapes and odd spellings are simply not found. */
const HTTPS_ORIGIN = /https:\/\/([^/\s"'`<>()\\?#,;]+)/gi;

/**
 * The CSP host sources for the https origins `texts` mention that the policy allows (sorted, unique). Whatever
 * this misses stays blocked by the page's CSP, so the scan only has to find what may load, never what may not.
 * @example allowedOrigins(['<img src="https://a.org/x.png">', 'url(https://10.0.0.1/y)'], { allowRemote: true }) // ['https://a.org']
 */
export function allowedOrigins(texts: readonly string[], policy: RemotePolicy): string[] {
  if (!policy.allowRemote) return [];
  const origins = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(HTTPS_ORIGIN)) {
      const authority = m[1].replace(/^[^@]*@/, '');
      if (!mayFetchRemote(`https://${authority}/`, policy)) continue;
      const host = canonicalHost(authority);
      // Plain names only: `*` would widen the source, and a literal IP is no CSP host source, so it stays blocked.
      if (!host || !/^[a-z0-9.-]+$/.test(host) || /^[\d.]+$/.test(host)) continue;
      const port = new URL(`https://${authority}/`).port;
      origins.add(`https://${host}${port ? `:${port}` : ''}`);
    }
  }
  return [...origins].sort();
}
