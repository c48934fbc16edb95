/**
 * Where an inline token's text sits in the slide. markdown-it hands the inline parser a block's text with its
 * container prefixes (`> `, list indentation) and outer blanks removed, and keeps no positions; each line of
 * that text is still a stretch of one source line, which this finds, so offsets in `content` map back.
 */
import { lastAtOrBefore } from '../text/lineIndex';

/** The source lines of the parsed text: offsets of each line's start, first non-blank and end (markdown-it's own arrays). */
export interface SourceLines {
  readonly src: string;
  readonly bMarks: readonly number[];
  readonly tShift: readonly number[];
  readonly eMarks: readonly number[];
}

/** Maps offsets in an inline token's content to offsets in the source, or -1 where no source line holds them. */
export type OffsetMap = (at: number) => number;

/**
 * `firstLine` is the token's first source line; `from` (optional) is where on that line its text may start at
 * the earliest: after an ATX heading's `#` run, or after the previous table cell.
 */
export function mapInline(lines: SourceLines, content: string, firstLine: number, from = -1): OffsetMap {
  const starts: number[] = [];
  const sources: number[] = [];
  let at = 0;
  for (let line = firstLine; at <= content.length && line < lines.bMarks.length; line++) {
    let nl = content.indexOf('\n', at);
    const last = nl === -1;
    if (last) nl = content.length;
    starts.push(at);
    sources.push(locate(lines, content.slice(at, nl), line, last, line === firstLine ? from : -1));
    at = nl + 1;
  }
  return (offset) => {
    const lo = lastAtOrBefore(starts, offset);
    return sources[lo] < 0 ? -1 : sources[lo] + (offset - starts[lo]);
  };
}

/** The source offset of one content line: anchored at the line's end (content is the line minus its prefix), else searched. */
function locate(lines: SourceLines, text: string, line: number, last: boolean, from: number): number {
  const { src, bMarks, eMarks } = lines;
  const begin = bMarks[line];
  let end = eMarks[line];
  if (from >= 0) {
    const found = src.indexOf(text, from);
    return found >= 0 && found + text.length <= end ? found : -1;
  }
  // The block's text is trimmed at its end: its last line may stop before trailing blanks.
  if (last) while (end > begin && /\s/.test(src[end - 1])) end--;
  const anchored = end - text.length;
  if (anchored >= begin && src.startsWith(text, anchored)) return anchored;
  // A tab split by a container's indentation comes out as spaces that are not in the source.
  const rest = text.replace(/^ +/, '');
  if (rest.length < text.length && src.startsWith(rest, end - rest.length)) return end - text.length;
  const found = src.indexOf(text, begin);
  return found >= 0 && found + text.length <= eMarks[line] ? found : -1;
}
