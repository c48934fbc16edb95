import { EMOJI, isHedgeDocEmoji } from '../data/emoji';
import { EMOJI_ALIASES } from '../data/emojiAliases';
import { readShortcode } from '../render/inlineRules';
import { editDistance } from '../text/closest';
import type { Fix, SlideRule } from './types';

let names: string[] | undefined;

/**
 * `:name:` that HedgeDoc does not render: only emojify.js 1.1.0's 881 names are images, the rest stay literal
 * text on the slide. Suggests the closest names (`:tade:` → `:tada:`) and known stand-ins (`:thinking:` → `:confused:`).
 * The shortcodes are the ones the renderer's emoji rule reads (see the slide's structure): none in code, HTML,
 * comments or link targets, and inside words as well (`x:tade:y`), where a known name would be an image.
 */
export const unknownEmoji: SlideRule = {
  name: 'unknown-emoji',
  description: 'An emoji shortcode HedgeDoc does not know: it shows as literal text.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const content = ctx.slide.content;
    // The inline parse is the costly part, and most slides use only known emoji: parse only when something is unknown.
    if (!hasUnknown(content)) return;
    for (const { start, end, name } of ctx.slide.info.structure.shortcodes) {
      // Names without a letter are times and ratios (`12:30:00`, `1:2:3`), not attempts at an emoji.
      if (isHedgeDocEmoji(name) || !/[a-z]/i.test(name)) continue;
      const shortcode = content.slice(start, end);
      const suggestions = suggestOnce(name.toLowerCase());
      // Glued to a word (`ECO:DIGIT:`), an unknown name is prose unless it is one edit from a real one (`x:tade:`).
      if (/[\p{L}\p{N}]/u.test(content[start - 1] ?? '') && !suggestions.some((n) => editDistance(name.toLowerCase(), n, 1) <= 1)) continue;
      const fixes: Fix[] = suggestions.map((s) => ({ title: `Change to :${s}:`, edits: [{ start, end, newText: `:${s}:` }] }));
      const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `:${s}:`).join(', ')}?` : '';
      ctx.report({ start, end, message: `HedgeDoc does not know the emoji shortcode "${shortcode}", so the audience sees it as plain text.${hint}`, fixes });
    }
  },
};

/** Whether any `:` of the text starts a shortcode with an unknown name that has a letter. */
function hasUnknown(content: string): boolean {
  for (let at = content.indexOf(':'); at !== -1; at = content.indexOf(':', at + 1)) {
    const s = readShortcode(content, at);
    if (s && !isHedgeDocEmoji(s.name) && /[a-z]/i.test(s.name)) return true;
  }
  return false;
}

/** Suggestions by name: a slide can repeat one unknown name thousands of times, and each search reads every name. */
const suggested = new Map<string, string[]>();

function suggestOnce(name: string): string[] {
  let found = suggested.get(name);
  if (!found) {
    if (suggested.size >= 1000) suggested.clear();
    suggested.set(name, (found = suggest(name)));
  }
  return found;
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
