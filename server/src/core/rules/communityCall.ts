import type { Deck } from '../deck/model';

const PATH = /(^|\/)community-call\/[^/]+\.md$/i;
const CALL = /\bcommunity call\b/i;
const REPORT_BY = /^Report by\b/m;

/**
 * Whether a deck looks like an SCS community call, so that template-conformance rules apply. Any of:
 * - its path is `…/community-call/<name>.md` (the minutes repository's layout);
 * - its front-matter `title` says "Community Call" (the template's `title: SCS Community Call`);
 * - its first slide has a "Community Call" heading and some slide has a `Report by` line.
 * @example isCommunityCall(parseDeck('---\ntitle: SCS Community Call\n---\n'), 'notes/x.md') // true
 */
export function isCommunityCall(deck: Deck, path?: string): boolean {
  if (path && PATH.test(path.replace(/\\/g, '/'))) return true;
  const data = deck.frontMatter?.data;
  if (data && typeof data === 'object' && CALL.test(String((data as Record<string, unknown>).title ?? ''))) return true;
  // The text search first: the first slide's headings need markdown-it.
  if (!deck.slides.some((s) => REPORT_BY.test(s.content))) return false;
  return !!deck.slides[0]?.info.headings.some((h) => CALL.test(h.text));
}

/** Part of the slide cache key: slide rules may read `isCommunityCall`. */
export function communityCallKey(isCall: boolean): string {
  return isCall ? 'call' : 'deck';
}
