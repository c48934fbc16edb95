import type { AttributeComment, AttributePair } from './model';

/** reveal-markdown's patterns, run with the `m` flag over a comment's text: the match ends at the end of its line. */
const SLIDE_MARK = /\.slide:\s*?(?=\S)/;
const ELEMENT_MARK = /\.element\s*?(?=\S)/;
/** Only double-quoted values without `"` or `=` survive: `([^"= ]+?)="([^"=]+?)"`. */
const PAIR = /([^"= ]+?)="([^"=]+?)"/g;

/**
 * Reads an HTML comment's inner text as an attribute comment, or returns undefined.
 * `innerStart` is the relative offset of the text after `<!--`.
 * @example parseAttributeComment(' .slide: data-background="#fff" ', 4, 0, 40)
 */
export function parseAttributeComment(inner: string, innerStart: number, start: number, end: number): AttributeComment | undefined {
  let kind: AttributeComment['kind'];
  let mark = SLIDE_MARK.exec(inner);
  if (mark) kind = 'slide';
  else {
    mark = ELEMENT_MARK.exec(inner);
    if (!mark) return undefined;
    kind = 'element';
  }
  const bodyOffset = mark.index + mark[0].length;
  const eol = inner.indexOf('\n', bodyOffset);
  const body = inner.slice(bodyOffset, eol === -1 ? inner.length : eol);
  const bodyStart = innerStart + bodyOffset;
  const attributes: AttributePair[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(body); m; m = PAIR.exec(body)) {
    attributes.push({ name: m[1], value: m[2], start: bodyStart + m.index, end: bodyStart + m.index + m[0].length });
  }
  return { kind, start, end, body, bodyStart, attributes };
}
