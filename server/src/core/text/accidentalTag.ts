/** A tag as authors write one on purpose: name, attributes, `>` (no blank line inside). */
const WELL_FORMED = /^<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>$/;
const MAX_TAG = 4000;

/**
 * Whether the stretch js-xss reads as a tag, `text.slice(start, end)`, is not one written on purpose: no `>`
 * ends it, it is very long or spans a blank line, it is not well-formed, or it is glued to a word and its
 * "attributes" are bare words (`if x<b then y> z`). `swallowed-text` reports these; other HTML rules leave
 * them alone, so one slip gives one diagnostic.
 * @example isAccidentalTag('a<b than before\n\n---\n\nc>', 1, 26, false) // true
 */
export function isAccidentalTag(text: string, start: number, end: number, unterminated: boolean): boolean {
  if (unterminated || end - start > MAX_TAG) return true;
  const html = text.slice(start, end);
  if (/\n[ \t]*\n/.test(html) || !WELL_FORMED.test(html)) return true;
  const glued = /[\p{L}\p{N}]/u.test(text[start - 1] ?? '');
  return glued && /^<[a-zA-Z][\w-]*\s+[^=>]+>$/.test(html);
}
