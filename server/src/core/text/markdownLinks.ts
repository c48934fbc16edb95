/** A link or image destination in markdown, with offsets into the scanned text. */
export interface MarkdownLink {
  readonly image: boolean;
  readonly url: string;
  readonly urlStart: number;
  readonly urlEnd: number;
}

/** `[text](url …)` and `![alt](url =WxH)`; the destination may be wrapped in `<…>`. */
const INLINE = /(!?)\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\(\s*(<[^>\n]*>|[^\s)]+)/g;
/** `[label]: url` reference definitions. */
const REFERENCE = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;

/**
 * Link and image destinations in markdown text (mask code first). One level of nested brackets in the text
 * is allowed, so `[![badge](a.png)](b)` yields both destinations.
 * @example findMarkdownLinks('![](img/a.png =640x)')[0].url // 'img/a.png'
 */
export function findMarkdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  if (text.indexOf('](') !== -1) {
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
      links.push(destination(m[1] === '!', m[2], m.index + m[0].length - m[2].length));
      // Continue inside the text: it may hold an image (`[![badge](a.png)](b)`).
      INLINE.lastIndex = m.index + 1 + m[1].length;
    }
  }
  if (text.indexOf(']:') !== -1) {
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) links.push(destination(false, m[1], m.index + m[0].length - m[1].length));
  }
  return dedupe(links).sort((a, b) => a.urlStart - b.urlStart);
}

function destination(image: boolean, raw: string, start: number): MarkdownLink {
  if (raw.startsWith('<')) return { image, url: raw.slice(1, -1), urlStart: start + 1, urlEnd: start + raw.length - 1 };
  return { image, url: raw, urlStart: start, urlEnd: start + raw.length };
}

function dedupe(links: MarkdownLink[]): MarkdownLink[] {
  const seen = new Set<number>();
  return links.filter((l) => !seen.has(l.urlStart) && seen.add(l.urlStart));
}
