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
  // Headings first: the language server keeps the first slide's reading across edits, so most decks are
  // answered without searching every slide's text on each lint.
  const first = deck.slides[0];
  if (!first?.info.headings.some((h) => CALL.test(h.text))) return false;
  return deck.slides.some((s) => REPORT_BY.test(s.content));
}

/** Part of the slide cache key: slide rules may read `isCommunityCall`. */
export function communityCallKey(isCall: boolean): string {
  return isCall ? 'call' : 'deck';
}
