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

/**
 * Reads on from `from` inside a tag, as js-xss's `parseTag` does: a quote opens a value only right after `=`,
 * `>` inside a value does not end the tag, a second `<` restarts it. With `lastCloses`, the text's last
 * character ends the tag too (js-xss's rule at the end of its input).
 * @example tagEnd('b title="x>y">z', 1, '', false) // { how: 'close', at: 13, quote: '' }
 */
export function tagEnd(text: string, from: number, quote: string, lastCloses: boolean): TagEnd {
  const last = lastCloses ? text.length - 1 : -1;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote) {
      if (text[j] === quote) quote = '';
    } else if (c === 60) {
      return { how: 'restart', at: j, quote: '' };
    } else if (c === 62 || j === last) {
      return { how: 'close', at: j, quote: '' };
    } else if ((c === 34 || c === 39) && quoteOpensValue(text, j)) {
      quote = text[j];
    }
  }
  return { how: 'open', at: text.length, quote };
}

/**
 * Splits text into tags the way js-xss's `parseTag` does, which HedgeDoc runs over the raw markdown of the
 * whole deck before splitting it into slides. A tag runs from `<` to the next `>`, ignoring `>` inside a
 * quoted value after `=`; a second `<` first restarts it; with no `>` at all it runs to the end of the text.
 * @example scanXssTags('a<b c\nd> e')[0] // { start: 1, end: 8, name: 'b', unterminated: false }
 */
export function scanXssTags(text: string, from = 0): XssTag[] {
  const tags: XssTag[] = [];
  let i = text.indexOf('<', from);
  while (i !== -1) {
    const end = tagEnd(text, i + 1, '', true);
    if (end.how === 'restart') {
      i = end.at;
      continue;
    }
    // Ended inside a quote (js-xss then shows the rest as text) or right after `<`.
    if (end.how === 'open') break;
    const unterminated = text[end.at] !== '>';
    tags.push({ start: i, end: end.at + 1, name: tagName(text.slice(i, end.at + 1), unterminated), unterminated });
    i = text.indexOf('<', end.at + 1);
  }
  return tags;
}

/** In js-xss's tag scanner a quote opens an attribute value only right after `=` (whitespace between allowed). */
function quoteOpensValue(text: string, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && text[k].trim() === '') k--;
  return k >= 0 && text[k] === '=';
}

function tagName(html: string, unterminated: boolean): string {
  const space = html.search(/\s/);
  let name = space === -1 ? html.slice(1, unterminated ? html.length : -1) : html.slice(1, space + 1);
  name = name.trim().toLowerCase();
  if (name.startsWith('/')) name = name.slice(1);
  if (name.endsWith('/')) name = name.slice(0, -1);
  return name;
}
