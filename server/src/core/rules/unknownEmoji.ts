import { EMOJI, isHedgeDocEmoji } from '../data/emoji';
import { EMOJI_ALIASES } from '../data/emojiAliases';
import { editDistance } from '../text/closest';
import { maskCode } from '../text/codeMask';
import type { Fix, SlideRule } from './types';

const SHORTCODE = /:([a-z0-9_+-]+):/gi;
/** markdown-it-emoji replaces a shortcode only between spaces, punctuation or line ends (not in `12:30:00`). */
const BOUNDARY = /[\s\p{P}\p{S}]/u;
/** Where shortcodes are not text: URLs (linkified or link targets) and HTML tags. */
const NOT_TEXT = /\bhttps?:\/\/[^\s<>)\]]*|\]\([^)\s]*|<[a-z/!][^>\n]*>/gi;

let names: string[] | undefined;

/**
 * `:name:` that HedgeDoc does not render: only emojify.js 1.1.0's 881 names are images, the rest stay literal
 * text on the slide. Suggests the closest names (`:tade:` → `:tada:`) and known stand-ins (`:thinking:` → `:confused:`).
 */
export const unknownEmoji: SlideRule = {
  name: 'unknown-emoji',
  description: 'An emoji shortcode HedgeDoc does not know: it shows as literal text.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const content = ctx.slide.content;
    if (content.indexOf(':') === -1) return;
    const unknown = candidates(content);
    if (unknown.length === 0) return;
    // Masking is the costly part, and most slides use only known emoji: mask only when something is unknown.
    const text = maskCode(content, { comments: true }).replace(NOT_TEXT, (m) => ' '.repeat(m.length));
    for (const { start, end, name } of unknown) {
      if (text.slice(start, end) !== content.slice(start, end)) continue;
      const shortcode = content.slice(start, end);
      const suggestions = suggest(name.toLowerCase());
      const fixes: Fix[] = suggestions.map((s) => ({ title: `Change to :${s}:`, edits: [{ start, end, newText: `:${s}:` }] }));
      const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `:${s}:`).join(', ')}?` : '';
      ctx.report({ start, end, message: `HedgeDoc does not know the emoji shortcode "${shortcode}", so the audience sees it as plain text.${hint}`, fixes });
    }
  },
};

/** Shortcodes in the raw text whose name HedgeDoc does not know. */
function candidates(content: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  SHORTCODE.lastIndex = 0;
  for (let m = SHORTCODE.exec(content); m; m = SHORTCODE.exec(content)) {
    const end = m.index + m[0].length;
    if (!isShortcode(content, m.index, end, m[1])) continue;
    // The closing colon may open the next shortcode (`:a::b:`).
    SHORTCODE.lastIndex = end - 1;
    if (isHedgeDocEmoji(m[1])) continue;
    SHORTCODE.lastIndex = end;
    out.push({ start: m.index, end, name: m[1] });
  }
  return out;
}

function isShortcode(text: string, start: number, end: number, name: string): boolean {
  if (!/[a-z]/i.test(name)) return false;
  const before = text[start - 1];
  const after = text[end];
  return (before === undefined || BOUNDARY.test(before)) && (after === undefined || BOUNDARY.test(after));
}

/**
 * Up to three emojify.js names: a known stand-in first, then the nearest by edit distance.
 * @example suggest('rocet') // ['rocket']
 */
export function suggest(name: string): string[] {
  names ??= [...EMOJI.keys()];
  const out: string[] = [];
  const alias = EMOJI_ALIASES[name];
  if (alias) out.push(alias);
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored: [number, string][] = [];
  for (const n of names) {
    const d = editDistance(name, n, limit);
    if (d <= limit) scored.push([d, n]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  // Only the nearest ones: a one-letter typo should not come with unrelated two-letter neighbours.
  for (const [d, n] of scored) if (d === scored[0][0] && out.length < 3 && !out.includes(n)) out.push(n);
  return out;
}
