/** A stretch of text that js-xss reads as one tag, from `<` to the `>` that ends it (or the end of the text). */
export interface XssTag {
  readonly start: number;
  readonly end: number;
  /** As js-xss derives it: up to the first whitespace, lower case, without `/`. */
  readonly name: string;
  /** No `>` ended it: it runs to the end of the text. */
  readonly unterminated: boolean;
}

/** Where js-xss's tag scanner leaves a tag it is reading. */
export interface TagEnd {
  /** `close`: a `>` (or the text's last character) ends it; `restart`: a `<` starts a new tag instead; `open`: the text ran out first. */
  readonly how: 'close' | 'restart' | 'open';
  /** Offset of that `>` or `<` (for `open`, the text's length). */
  readonly at: number;
  /** For `open`: the quote of an attribute value still open, else ''. */
  readonly quote: string;
}

/** The characters that can change js-xss's tag scanner state outside a quoted value. */
const SPECIAL = /[<>"']/g;

/**
 * Reads on from `from` inside a tag, as js-xss's `parseTag` does: a quote opens a value only right after `=`,
 * `>` inside a value does not end the tag, a second `<` restarts it. With `lastCloses`, the text's last
 * character ends the tag too (js-xss's rule at the end of its input). Jumps between the characters that
 * matter, so long tag-heavy decks scan at native string-search speed.
 * @example tagEnd('b title="x>y">z', 1, '', false) // { how: 'close', at: 13, quote: '' }
 */
export function tagEnd(text: string, from: number, quote: string, lastCloses: boolean): TagEnd {
  const last = lastCloses ? text.length - 1 : -1;
  let j = from;
  for (;;) {
    if (quote) {
      const q = text.indexOf(quote, j);
      if (q === -1) return { how: 'open', at: text.length, quote };
      j = q + 1;
      quote = '';
      continue;
    }
    SPECIAL.lastIndex = j;
    const k = SPECIAL.exec(text)?.index ?? -1;
    if (k === -1) return j <= last ? { how: 'close', at: last, quote: '' } : { how: 'open', at: text.length, quote: '' };
    const c = text.charCodeAt(k);
    if (c === 60) return { how: 'restart', at: k, quote: '' };
    if (c === 62 || k === last) return { how: 'close', at: k, quote: '' };
    if (quoteOpensValue(text, k)) quote = text[k];
    j = k + 1;
  }
}

/**
 * Visits each stretch js-xss reads as a tag, in text order: `<` up to the `>` that ends it (or, with
 * `lastCloses`, to the end of the text: `unterminated`). A `<` inside a tag restarts it. Returns the tag the
 * text ends inside, if any, with the quote of a value left open (js-xss then shows the rest as text).
 */
export function forEachXssTag(
  text: string,
  from: number,
  visit: (start: number, end: number, unterminated: boolean) => void,
  lastCloses = true,
): { start: number; quote: string } | undefined {
  let i = text.indexOf('<', from);
  while (i !== -1) {
    const end = tagEnd(text, i + 1, '', lastCloses);
    if (end.how === 'restart') {
      i = end.at;
      continue;
    }
    if (end.how === 'open') return { start: i, quote: end.quote };
    visit(i, end.at + 1, text[end.at] !== '>');
    i = text.indexOf('<', end.at + 1);
  }
  return undefined;
}

/**
 * Splits text into tags the way js-xss's `parseTag` does, which HedgeDoc runs over the raw markdown of the
 * whole deck before splitting it into slides. A tag runs from `<` to the next `>`, ignoring `>` inside a
 * quoted value after `=`; a second `<` first restarts it; with no `>` at all it runs to the end of the text.
 * @example scanXssTags('a<b c\nd> e')[0] // { start: 1, end: 8, name: 'b', unterminated: false }
 */
export function scanXssTags(text: string, from = 0): XssTag[] {
  const tags: XssTag[] = [];
  forEachXssTag(text, from, (start, end, unterminated) => tags.push({ start, end, name: xssTagName(text, start, end, unterminated), unterminated }));
  return tags;
}

/** In js-xss's tag scanner a quote opens an attribute value only right after `=` (whitespace between allowed). */
function quoteOpensValue(text: string, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && text[k].trim() === '') k--;
  return k >= 0 && text[k] === '=';
}

/** js-xss's tag name: up to the first whitespace, lower-cased, without `/` (`<!--` gives `!--`). */
export function xssTagName(text: string, start: number, end: number, unterminated: boolean): string {
  const html = text.slice(start, Math.min(end, start + 64));
  const space = html.search(/\s/);
  let name = space === -1 ? html.slice(1, unterminated || end > start + 64 ? html.length : -1) : html.slice(1, space + 1);
  name = name.trim().toLowerCase();
  if (name.startsWith('/')) name = name.slice(1);
  if (name.endsWith('/')) name = name.slice(0, -1);
  return name;
}
