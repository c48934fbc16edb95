import { parseAttributeComment } from './attributeComments';
import { BlockTracker, LineShape } from './blocks';
import { FenceTracker } from './fences';
import type { AttributeComment, Heading, NoteLine, SlideInfo } from './model';

const NOTE = /^note:/i;
/** Shared empty list: most slides have no comments or notes, and decks can have many thousands of slides. */
const NONE: never[] = [];
// One of each for every slide: the analysis is synchronous, and decks can have many thousands of slides.
const BLOCKS = new BlockTracker();
const FENCES = new FenceTracker();
const SHAPE = new LineShape();

/**
 * Reads one slide's chunk as HedgeDoc renders it: alone, with its own fences. Offsets are relative to the chunk.
 * @example analyseSlide('\n## Team IaaS - Topic\n\n* one\n').title // 'Team IaaS - Topic'
 */
export function analyseSlide(chunk: string): SlideInfo {
  const headings: Heading[] = [];
  const noteLines: NoteLine[] = [];
  const slideComments: AttributeComment[] = [];
  const elementComments: AttributeComment[] = [];
  const fences = FENCES.reset();
  const blocks = BLOCKS.reset();
  const shape = SHAPE;
  let offset = 0;
  while (offset <= chunk.length) {
    let nl = chunk.indexOf('\n', offset);
    if (nl === -1) nl = chunk.length;
    const c = chunk.charCodeAt(offset);
    if ((c === 110 || c === 78) && NOTE.test(chunk.slice(offset, Math.min(nl, offset + 5)))) noteLines.push({ start: offset, end: nl });
    shape.measure(chunk, offset, nl);
    const lead = shape.lead < nl ? chunk.charCodeAt(shape.lead) : -1;
    // Only a line led by a backtick or tilde can open or close a fence; the tracker needs no other line's text.
    // Inside an HTML block a backtick line is HTML, not a fence.
    const fenceLine = (lead === 96 || lead === 126) && !(blocks.inHtml && !fences.inFence) ? chunk.slice(offset, nl) : '';
    if (fences.push(fenceLine, 0, offset)) {
      blocks.other(shape);
    } else {
      const atx = lead === 35 && !blocks.inHtml && blocks.headingIndent(shape.indent) ? atxHeading(chunk, shape.lead, nl) : undefined;
      if (atx) {
        headings.push({ level: atx.level, text: headingText(atx.text), start: offset, end: nl });
        blocks.other(shape);
      } else {
        const setext = blocks.line(chunk, offset, nl, shape);
        if (setext) headings.push({ level: setext.level, text: headingText(paragraphText(chunk, setext.start, offset - 1)), start: setext.start, end: nl });
      }
    }
    offset = nl + 1;
  }
  if (chunk.includes('<!--')) collectComments(chunk, slideComments, elementComments);
  const title = headings[0];
  const notes = noteLines.length === 1 ? chunk.slice(noteLines[0].start + 5) : undefined;
  return {
    title: title?.text || undefined,
    titleLevel: title?.level,
    titleStart: title?.start,
    titleEnd: title?.end,
    headings: headings.length ? headings : NONE,
    slideComments: slideComments.length ? slideComments : NONE,
    elementComments: elementComments.length ? elementComments : NONE,
    noteLines: noteLines.length ? noteLines : NONE,
    notes,
    leadingWhitespace: leadingRun(chunk, false),
    leadingTabs: leadingRun(chunk, true),
  };
}

/** An ATX heading's level and text from its first `#`, without the optional closing `#` run (no backtracking regex: lines can be huge). */
function atxHeading(chunk: string, lead: number, nl: number): { level: number; text: string } | undefined {
  let i = lead;
  while (i < nl && chunk.charCodeAt(i) === 35) i++;
  const level = i - lead;
  if (level > 6 || (i < nl && chunk.charCodeAt(i) !== 32 && chunk.charCodeAt(i) !== 9)) return undefined;
  let from = i;
  let to = nl;
  while (from < to && isBlankCode(chunk.charCodeAt(from))) from++;
  while (to > from && isBlankCode(chunk.charCodeAt(to - 1))) to--;
  let text = chunk.slice(from, to);
  if (text.endsWith('#')) {
    const closing = /(?:^|[ \t])#+$/.exec(text.length > 1000 ? text.slice(-1000) : text);
    if (closing) text = text.slice(0, text.length - closing[0].length).trim();
  }
  return { level, text };
}

/** What `String.prototype.trim` removes: white space and line terminators. */
function isBlankCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A setext heading's paragraph as one line, as markdown-it joins it (each line's blanks trimmed). */
function paragraphText(chunk: string, start: number, end: number): string {
  // A title is read at a glance: a paragraph of thousands of lines need not be joined whole.
  const raw = chunk.slice(start, Math.min(end, start + 2 * MAX_TITLE));
  return raw.includes('\n') ? raw.split('\n').map((l) => l.trim()).join(' ') : raw;
}

/** HedgeDoc's `getMarkdownFromSlide`: whitespace (or tabs) after one optional `\n` decides the indentation quirk. */
function leadingRun(chunk: string, tabsOnly: boolean): number {
  const from = chunk.charCodeAt(0) === 10 ? 1 : 0;
  let i = from;
  while (i < chunk.length && (tabsOnly ? chunk[i] === '\t' : /\s/.test(chunk[i]))) i++;
  return i - from;
}

function collectComments(chunk: string, slide: AttributeComment[], element: AttributeComment[]): void {
  let at = chunk.indexOf('<!--');
  while (at !== -1) {
    const close = chunk.indexOf('-->', at + 2);
    const end = close === -1 ? chunk.length : close + 3;
    const inner = chunk.slice(at + 4, close === -1 ? chunk.length : close);
    const comment = close === -1 ? undefined : parseAttributeComment(inner, at + 4, at, end);
    if (comment) (comment.kind === 'slide' ? slide : element).push(comment);
    at = close === -1 ? -1 : chunk.indexOf('<!--', end);
  }
}

const MAX_TITLE = 500;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" };

/** Heading text as the audience reads it: tags, emphasis and link targets removed. */
export function headingText(heading: string): string {
  // A title is read at a glance; capping it keeps the regexes below linear on hostile input.
  const raw = heading.length > MAX_TITLE ? heading.slice(0, MAX_TITLE) : heading;
  if (!/[<[*_~=+`&!]|\s\s/.test(raw)) return raw.trim();
  return raw
    .replace(/<\/?br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/(\*\*|__|~~|==|\+\+)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
}
