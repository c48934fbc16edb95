/**
 * HedgeDoc's own inline syntax: emojify.js shortcodes and `{%embed %}` tags. HedgeDoc loads the embeds from
 * third-party sites; here they become plain links, so a preview or an exported file works offline.
 */
import type MarkdownIt from 'markdown-it';
type StateInline = MarkdownIt.StateInline;
import { EMOJI, emojiImagePath } from '../data/emoji';

/**
 * `:name:` of at most 40 word characters, `+` or `-` (emojify names such as `+1`, `e-mail`). `readShortcode`
 * reads it by hand; a test holds the two to the same answers.
 */
export const EMOJI_AT = /^:([\w+-]{1,40}):/;

/**
 * What the emoji rule reports to a listener set on an inline parser state: every shortcode it reads, known or
 * not, at its offset in `state.src`. The slide analysis listens, so the `unknown-emoji` rule finds exactly the
 * shortcodes the renderer reads (`x:tada:y` included) and none inside code, HTML or link targets.
 */
export interface ShortcodeListener {
  onShortcode?: (pos: number, length: number, name: string) => void;
}

/** What each embed tag accepts (HedgeDoc's patterns) and the page it links to. */
const EMBEDS: { name: string; pattern: RegExp; link(id: string): string | undefined; label: string }[] = [
  { name: 'youtube', pattern: /^{%youtube\s*([\w-]{11})\s*%}/, link: (id) => `https://www.youtube.com/watch?v=${id}`, label: 'YouTube' },
  { name: 'vimeo', pattern: /^{%vimeo\s*(\d{6,11})\s*%}/, link: (id) => `https://vimeo.com/${id}`, label: 'Vimeo' },
  { name: 'gist', pattern: /^{%gist\s*(\w+\/\w+)\s*%}/, link: (id) => `https://gist.github.com/${id}`, label: 'Gist' },
  { name: 'slideshare', pattern: /^{%slideshare\s*(\w+\/[\w-]+)\s*%}/, link: (id) => `https://www.slideshare.net/${id}`, label: 'SlideShare' },
  { name: 'speakerdeck', pattern: /^{%speakerdeck\s*(\w+\/[\w-]+)\s*%}/, link: (id) => `https://speakerdeck.com/${id}`, label: 'Speakerdeck' },
  // A `{%pdf %}` whose argument is not an http(s) URL stays literal text.
  { name: 'pdf', pattern: /^{%pdf\s*([\d\D]*?)\s*%}/, link: (url) => (/^https?:\/\/\S+$/i.test(url) ? url : undefined), label: 'PDF' },
];

/**
 * Adds the emoji and embed rules to a markdown-it instance.
 * @example md.render(':tada: {%youtube dQw4w9WgXcQ %}') // <img class="emoji" …> and a link to the video
 */
export function hedgeDocInlineRules(md: MarkdownIt): void {
  md.inline.ruler.push('hedgedoc_emoji', emojiRule);
  md.inline.ruler.push('hedgedoc_embed', embedRule);
  md.inline.ruler.push('hedgedoc_toc', tocRule);
  // HedgeDoc fills the table of contents only in its document view: on a slide it stays empty.
  md.renderer.rules.hedgedoc_toc = () => '<div class="toc"></div>';
  md.renderer.rules.hedgedoc_emoji = (tokens, idx, _opts, env: RenderEnv) => {
    const name = tokens[idx].content;
    // The source is set after sanitising (see slideDom.ts): a relative base would be emptied.
    return `<img class="emoji" alt=":${name}:" src="${md.utils.escapeHtml(emojiImagePath(env.emojiBase, name))}">`;
  };
  md.renderer.rules.hedgedoc_embed = (tokens, idx) => {
    const t = tokens[idx];
    const href = md.utils.escapeHtml(t.attrGet('href') ?? '');
    return `<div class="embed ${t.info}"><a href="${href}">${t.meta as string}: ${md.utils.escapeHtml(t.content)}</a></div>`;
  };
}

/** What the renderer passes to markdown-it for one slide. */
export interface RenderEnv {
  emojiBase: string;
}

/**
 * The shortcode at `pos` (`:` included), known or not: the grammar of the emoji rule, which tries it wherever
 * the inline parser stops, so inside words too (`x:tada:y`), as HedgeDoc's emojify pattern does.
 * @example readShortcode('x:tada:y', 1) // { name: 'tada', length: 6 }
 */
export function readShortcode(src: string, pos: number): { name: string; length: number } | undefined {
  if (src.charCodeAt(pos) !== 0x3a) return undefined;
  // EMOJI_AT by hand, without slicing the text at every colon: a name can only end at the first character
  // outside `[\w+-]`, so there is no backtracking to mirror.
  let end = pos + 1;
  while (end < src.length && end - pos <= 41 && isNameChar(src.charCodeAt(end))) end++;
  const n = end - pos - 1;
  if (n < 1 || n > 40 || src.charCodeAt(end) !== 0x3a) return undefined;
  return { name: src.slice(pos + 1, end), length: n + 2 };
}

/** `[\w+-]`: ASCII letters, digits, `_`, `+` and `-`. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 43 || c === 45;
}

function emojiRule(state: StateInline, silent: boolean): boolean {
  const m = readShortcode(state.src, state.pos);
  if (!m) return false;
  if (!silent) (state as StateInline & ShortcodeListener).onShortcode?.(state.pos, m.length, m.name);
  const name = m.name.toLowerCase();
  if (!EMOJI.has(name)) return false;
  if (!silent) state.push('hedgedoc_emoji', '', 0).content = name;
  state.pos += m.length;
  return true;
}

function embedRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x25) return false;
  const rest = state.src.slice(state.pos, state.posMax);
  for (const e of EMBEDS) {
    const m = e.pattern.exec(rest);
    const href = m && e.link(m[1]);
    if (!m || !href) continue;
    if (!silent) {
      const token = state.push('hedgedoc_embed', '', 0);
      token.info = e.name;
      token.meta = e.label;
      token.content = m[1];
      token.attrSet('href', href);
    }
    state.pos += m[0].length;
    return true;
  }
  return false;
}

/** `[TOC]` ending the inline text (HedgeDoc's pattern is anchored at both ends of what is left). */
function tocRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b || !/^\[TOC\]$/i.test(state.src.slice(state.pos, state.posMax))) return false;
  if (!silent) state.push('hedgedoc_toc', '', 0);
  state.pos = state.posMax;
  return true;
}
