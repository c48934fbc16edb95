/** A stretch of text that js-xss reads as one tag, from `<` to the `>` that ends it (or the end of the text). */
export interface XssTag {
  readonly start: number;
  readonly end: number;
  /** As js-xss derives it: up to the first whitespace, lower case, without `/`. */
  readonly name: string;
  /** No `>` ended it: it runs to the end of the text. */
  readonly unterminated: boolean;
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
    const stop = tagStop(text, i);
    if (stop.restart !== undefined) {
      i = stop.restart;
      continue;
    }
    if (stop.end === undefined) break;
    const unterminated = text[stop.end - 1] !== '>';
    tags.push({ start: i, end: stop.end, name: tagName(text.slice(i, stop.end), unterminated), unterminated });
    i = text.indexOf('<', stop.end);
  }
  return tags;
}

function tagStop(text: string, start: number): { end?: number; restart?: number } {
  let quote = '';
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '<') return { restart: j };
    if (c === '>' || j === text.length - 1) return { end: j + 1 };
    if ((c === '"' || c === "'") && quoteOpensValue(text, j)) quote = c;
  }
  // Ended inside a quote (js-xss then shows the rest as text) or right after `<`.
  return {};
}

/** In js-xss's tag scanner a quote opens an attribute value only right after `=` (whitespace between allowed). */
export function quoteOpensValue(text: string, j: number): boolean {
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
