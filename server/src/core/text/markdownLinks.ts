/** A link or image destination in markdown, with offsets into the scanned text. */
export interface MarkdownLink {
  readonly image: boolean;
  readonly url: string;
  readonly urlStart: number;
  readonly urlEnd: number;
}

/** The destination after `](`: optional spaces, then `<…>` or a run without spaces and `)` (bounded: long data: URIs only need their scheme). */
const DESTINATION = /[ \t]*(<[^>\n]{0,2000}>|[^\s)]{1,4000})/y;
const MAX_TEXT = 200;
/** `[label]: url` reference definitions. */
const REFERENCE = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;

/**
 * Link and image destinations in markdown text (mask code first). One level of nested brackets in the text
 * is allowed, so `[![badge](a.png)](b)` yields both destinations.
 * @example findMarkdownLinks('![](img/a.png =640x)')[0].url // 'img/a.png'
 */
export function findMarkdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  // Work only around each `](`: walk back to its `[`, read the destination forward.
  let resume = 0;
  // The last `)` of the current line, found once per line: a destination after it is never closed.
  let lineEnd = -1;
  let lastParen = -1;
  for (let close = text.indexOf(']('); close !== -1; close = text.indexOf('](', Math.max(close + 2, resume))) {
    const open = openingBracket(text, close);
    if (open === -1) continue;
    DESTINATION.lastIndex = close + 2;
    const m = DESTINATION.exec(text);
    if (!m) continue;
    // `[x](dest` never closed on its line is text, not a link (a title or `=640x` may come before the `)`).
    const after = close + 2 + m[0].length;
    if (after > lineEnd) {
      lineEnd = text.indexOf('\n', after);
      if (lineEnd === -1) lineEnd = text.length;
      lastParen = text.lastIndexOf(')', lineEnd);
    }
    if (m[1][0] !== '<' && lastParen < after) continue;
    links.push(destination(text[open - 1] === '!', m[1], close + 2 + m[0].length - m[1].length));
    // No link starts inside a destination: skipping it keeps `[x]([x]([x](…` linear.
    resume = close + 2 + m[0].length;
  }
  if (text.indexOf(']:') !== -1) {
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) links.push(destination(false, m[1], m.index + m[0].length - m[1].length));
    links.sort((a, b) => a.urlStart - b.urlStart);
  }
  return links;
}

/** The `[` that matches the `]` at `close`, on the same line (one level of nesting), or -1. */
function openingBracket(text: string, close: number): number {
  let depth = 0;
  // Link texts are short; the bound keeps a line full of `](` linear.
  for (let i = close - 1, stop = Math.max(0, close - MAX_TEXT); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1; // \n, then ] and [
    if (c === 93) depth++;
    else if (c === 91) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function destination(image: boolean, raw: string, start: number): MarkdownLink {
  if (raw.startsWith('<')) return { image, url: raw.slice(1, -1), urlStart: start + 1, urlEnd: start + raw.length - 1 };
  return { image, url: raw, urlStart: start, urlEnd: start + raw.length };
}
