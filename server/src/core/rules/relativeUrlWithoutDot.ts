import { isKeptUrl } from '../render/sanitizer';
import { findHtmlTags } from '../text/htmlTags';
import { linksOutsideCode, onlyWebLinks } from './linksOutsideCode';
import type { SlideRule, SlideRuleContext } from './types';

/** A scheme (`https:`, `mailto:`, `javascript:`): not a relative URL, whatever HedgeDoc does with it. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A web address typed without `https://` (`www.example.org`, `scs.community/blog`). */
const DOMAIN = /^(?:www\.[\w-]|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|de|eu|dev|info|community|cloud)(?:[/:?#]|$))/i;

/**
 * A relative link or image URL that does not start with `./` (`![](img/a.png)`, `[x](page.md)`,
 * `<img src="a.png">`): HedgeDoc's sanitiser empties it, so the image is blank and the link goes nowhere.
 * The fix prefixes `./`, which HedgeDoc keeps and which means the same file.
 */
export const relativeUrlWithoutDot: SlideRule = {
  name: 'relative-url-without-dot',
  description: 'A relative URL without "./": HedgeDoc empties it, so the image or link breaks.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const content = ctx.slide.content;
    if (content.indexOf('](') === -1 && content.indexOf(']:') === -1 && content.indexOf('<') === -1) return;
    if (onlyWebLinks(content)) return;
    // Most links are absolute: markdown-it reads the slide only when one of them is a relative URL.
    for (const link of linksOutsideCode(ctx.slide, (l) => isRelative(l.url))) report(ctx, link.url, link.urlStart, link.urlEnd, link.image ? 'image' : 'link');
    if (content.indexOf('<') === -1) return;
    for (const tag of findHtmlTags(ctx.slide.info.structure.masked)) {
      if (tag.closing) continue;
      for (const a of tag.attributes) {
        if ((a.name === 'src' || a.name === 'href') && a.value !== undefined && a.valueStart !== undefined && a.valueEnd !== undefined) {
          report(ctx, a.value, a.valueStart, a.valueEnd, a.name === 'src' ? (tag.name === 'img' ? 'image' : 'embed') : 'link');
        }
      }
    }
  },
};

/** A URL this rule reports: not empty, without a scheme, and not one HedgeDoc keeps. */
function isRelative(url: string): boolean {
  const trimmed = url.trim();
  return !!trimmed && !SCHEME.test(trimmed) && !isKeptUrl(trimmed);
}

function report(ctx: SlideRuleContext, url: string, start: number, end: number, kind: 'image' | 'link' | 'embed'): void {
  if (!isRelative(url)) return;
  const trimmed = url.trim();
  const effect = kind === 'image' ? 'the image stays blank' : kind === 'link' ? 'the link goes nowhere' : 'nothing loads';
  const at = start + url.indexOf(trimmed);
  if (kind !== 'embed' && reportDoubledParens(ctx, trimmed, at, effect)) return;
  if (DOMAIN.test(trimmed)) {
    ctx.report({
      start: at,
      end: at + trimmed.length,
      message: `"${trimmed}" has no scheme, so it is a relative URL, which HedgeDoc empties: ${effect}. Write "https://${trimmed}".`,
      fixes: [{ title: `Write https://${trimmed}`, edits: [{ start: at, end: at, newText: 'https://' }], preferred: true }],
    });
    return;
  }
  ctx.report({
    start: at,
    end: at + trimmed.length,
    message: `HedgeDoc empties the relative URL "${trimmed}" because it does not start with "./", so ${effect}. Write "./${trimmed}".`,
    fixes: [{ title: `Write ./${trimmed}`, edits: [{ start: at, end: at, newText: './' }], preferred: true }],
  });
}

/**
 * `[PyPI]((https://pypi.org/))`: the link's URL is `(https://pypi.org/`, and a `)` is left over as text. The
 * mistake is the doubled parenthesis, not a missing `./`: the fix removes the extra pair.
 */
function reportDoubledParens(ctx: SlideRuleContext, url: string, at: number, effect: string): boolean {
  if (!url.startsWith('(')) return false;
  const inner = url.slice(1);
  if (!SCHEME.test(inner) && !DOMAIN.test(inner) && !inner.startsWith('./')) return false;
  const content = ctx.slide.content;
  const end = at + url.length;
  const closing = content.startsWith('))', end) ? [{ start: end, end: end + 1, newText: '' }] : [];
  ctx.report({
    start: at,
    end,
    message: `The link has its URL in double parentheses, so HedgeDoc reads "${url}" as a relative URL and empties it: ${effect}. Write it in one pair: "(${inner})".`,
    fixes: [{ title: 'Remove the extra parentheses', edits: [{ start: at, end: at + 1, newText: '' }, ...closing], preferred: true }],
  });
  return true;
}
