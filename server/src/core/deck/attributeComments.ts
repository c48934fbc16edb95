/**
 * The one reader of `<!-- .element: … -->` and `<!-- .slide: … -->` comments, used by the deck model (diagnostics,
 * hover) and by the renderer, so both see the same attributes. It follows HedgeDoc's reveal-markdown: the
 * `.element` pattern is tried first and only a comment it does not match is read as `.slide:`.
 */
import type { AttributeComment, AttributePair } from './model';

/** reveal-markdown's patterns, run with the `m` flag over a comment's text: the match ends at the end of its line. */
const ELEMENT_MARK = /\.element\s*?(.+?)$/m;
const SLIDE_MARK = /\.slide:\s*?(\S.+?)$/m;
/** Only double-quoted values without `"` or `=` survive: `([^"= ]+?)="([^"=]+?)"`. */
const PAIR = /([^"= ]+?)="([^"=]+?)"/g;
/**
 * The names an attribute comment may set. HedgeDoc allows any name that starts with `data-`; the browser's
 * `setAttribute` would throw on most odd characters, but our renderer writes names as text, where a `/` or a quote
 * ends the name and starts another attribute (`data-x/onerror`), so only plain name characters are accepted.
 */
const DATA_NAME = /^data-[a-z0-9_.:-]+$/i;
const COMMENT_NAMES: readonly string[] = ['id', 'class', 'style'];

export interface AttributeCommentText {
  readonly kind: 'slide' | 'element';
  /** What the pattern captured (the rest of the marker's line), and its offset in the comment's text. */
  readonly body: string;
  readonly bodyOffset: number;
  /** Every `name="value"` pair in `body`, allowed name or not; `index` is relative to `body`. */
  readonly pairs: readonly { name: string; value: string; index: number; length: number }[];
}

/**
 * Reads a comment's inner text (between `<!--` and `-->`) as an attribute comment, or returns undefined.
 * @example readAttributeComment(' .element: class="a" .slide: data-x="1" ')?.kind // 'element', with both pairs
 */
export function readAttributeComment(inner: string): AttributeCommentText | undefined {
  let kind: AttributeCommentText['kind'] = 'element';
  let mark = ELEMENT_MARK.exec(inner);
  if (!mark) {
    kind = 'slide';
    mark = SLIDE_MARK.exec(inner);
    if (!mark) return undefined;
  }
  const body = mark[1];
  const bodyOffset = mark.index + mark[0].length - body.length;
  const pairs: { name: string; value: string; index: number; length: number }[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(body); m; m = PAIR.exec(body)) pairs.push({ name: m[1], value: m[2], index: m.index, length: m[0].length });
  return { kind, body, bodyOffset, pairs };
}

/**
 * The name under which an attribute comment sets an attribute, or undefined when it is dropped: `data-*` with
 * plain name characters (lower-cased, as `setAttribute` does in an HTML page), `id`, `class`, `style`.
 * @example commentAttributeName('data-Background') // 'data-background'; commentAttributeName('data-x/onerror') // undefined
 */
export function commentAttributeName(name: string): string | undefined {
  if (name.startsWith('data-') && DATA_NAME.test(name)) return name.toLowerCase();
  return COMMENT_NAMES.includes(name) ? name : undefined;
}

/**
 * Reads a comment of the deck source as an attribute comment, or returns undefined.
 * `innerStart` is the relative offset of the text after `<!--`; `start`/`end` are those of the whole comment.
 * @example parseAttributeComment(' .slide: data-background="#fff" ', 4, 0, 40)
 */
export function parseAttributeComment(inner: string, innerStart: number, start: number, end: number): AttributeComment | undefined {
  const read = readAttributeComment(inner);
  if (!read) return undefined;
  const bodyStart = innerStart + read.bodyOffset;
  const attributes: AttributePair[] = read.pairs.map((p) => ({ name: p.name, value: p.value, start: bodyStart + p.index, end: bodyStart + p.index + p.length }));
  return { kind: read.kind, start, end, body: read.body, bodyStart, attributes };
}
