/** One attribute of an HTML tag, with offsets into the scanned text. */
export interface HtmlAttribute {
  /** Lower case. */
  readonly name: string;
  readonly start: number;
  /** End of the whole `name="value"`. */
  readonly end: number;
  readonly value?: string;
  /** Offsets of the value without its quotes. */
  readonly valueStart?: number;
  readonly valueEnd?: number;
}

export interface HtmlTag {
  /** Lower case. */
  readonly name: string;
  readonly closing: boolean;
  readonly start: number;
  readonly end: number;
  readonly attributes: readonly HtmlAttribute[];
}

/** A well-formed start or end tag, as an author writes it on purpose. */
// Attribute names exclude `<`, so `a<b a<b …` fails at once instead of scanning to the end for every `<`.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Finds well-formed HTML tags in markdown text (mask code first if it should not count). Autolinks
 * (`<https://…>`) and e-mail autolinks are not tags.
 * @example findHtmlTags('<img src="a.png" align="left">')[0].attributes.map((a) => a.name) // ['src', 'align']
 */
export function findHtmlTags(text: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  if (text.indexOf('<') === -1) return tags;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const attrsStart = m.index + 1 + m[1].length + m[2].length;
    tags.push({
      name: m[2].toLowerCase(),
      closing: m[1] === '/',
      start: m.index,
      end: m.index + m[0].length,
      attributes: m[3] ? parseAttributes(m[3], attrsStart) : [],
    });
  }
  return tags;
}

function parseAttributes(text: string, base: number): HtmlAttribute[] {
  const out: HtmlAttribute[] = [];
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) {
    const value = m[2] ?? m[3] ?? m[4];
    const start = base + m.index;
    const end = start + m[0].length;
    if (value === undefined) {
      out.push({ name: m[1].toLowerCase(), start, end });
      continue;
    }
    const quoted = m[4] === undefined ? 1 : 0;
    const valueEnd = end - quoted;
    out.push({ name: m[1].toLowerCase(), start, end, value, valueStart: valueEnd - value.length, valueEnd });
  }
  return out;
}
