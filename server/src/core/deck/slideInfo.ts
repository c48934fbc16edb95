import { parseAttributeComment } from './attributeComments';
import { FenceTracker } from './fences';
import type { AttributeComment, Heading, NoteLine, SlideInfo } from './model';

const ATX_OPEN = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const NOTE = /^note:/i;
/** Shared empty list: most slides have no comments or notes, and decks can have many thousands of slides. */
const NONE: never[] = [];
/** Lines that cannot be the text of a setext heading. */
const NOT_PARAGRAPH = /^\s*$|^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#|<|\||`{3}|~{3})/;

/**
 * Reads one slide's chunk as HedgeDoc renders it: alone, with its own fences. Offsets are relative to the chunk.
 * @example analyseSlide('\n## Team IaaS - Topic\n\n* one\n').title // 'Team IaaS - Topic'
 */
export function analyseSlide(chunk: string): SlideInfo {
  const headings: Heading[] = [];
  const noteLines: NoteLine[] = [];
  const slideComments: AttributeComment[] = [];
  const elementComments: AttributeComment[] = [];
  const fences = new FenceTracker();
  let prevParagraph = false;
  let prevStart = 0;
  let offset = 0;
  while (offset <= chunk.length) {
    let nl = chunk.indexOf('\n', offset);
    if (nl === -1) nl = chunk.length;
    const c = chunk.charCodeAt(offset);
    // Indented list items are most of a deck's blank-led lines: settle them without a substring.
    const indented = c === 32 || c === 9 ? indentedParagraph(chunk, offset, nl) : undefined;
    // Most lines are plain text: look at the first character before running any regex.
    const line = indented === undefined && (c === 35 || c === 96 || c === 126 || c === 32 || c === 9 || c === 110 || c === 78 || c === 61 || c === 45 || c === 60)
      ? chunk.slice(offset, nl)
      : '';
    if ((c === 110 || c === 78) && NOTE.test(line)) noteLines.push({ start: offset, end: nl });
    // Fence lines start with a backtick, tilde or blank, all of which `line` holds; other lines are fed empty.
    if (fences.push(line, 0, offset)) {
      prevParagraph = false;
    } else {
      const atx = c === 35 || c === 32 ? atxHeading(line) : undefined;
      const setext: RegExpExecArray | null = !atx && prevParagraph && (c === 61 || c === 45 || c === 32) ? SETEXT.exec(line) : null;
      if (atx) headings.push({ level: atx.level, text: headingText(atx.text), start: offset, end: nl });
      else if (setext) headings.push({ level: setext[1][0] === '=' ? 1 : 2, text: headingText(chunk.slice(prevStart, offset - 1)), start: prevStart, end: nl });
      prevParagraph = !atx && !setext && nl > offset
        && (indented ?? !(line ? NOT_PARAGRAPH.test(line) : startsNonParagraph(chunk, offset, nl)));
      prevStart = offset;
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

/**
 * `NOT_PARAGRAPH` for a line `analyseSlide` did not slice: decided from its first characters where they
 * settle it (list bullets, numbers and plain words, most lines of a deck), so no substring is made for them.
 */
function startsNonParagraph(chunk: string, offset: number, nl: number): boolean {
  const c = chunk.charCodeAt(offset);
  if (c === 42 || c === 43) return offset + 1 < nl && isRegexSpace(chunk.charCodeAt(offset + 1));
  if (c === 62 || c === 124) return true;
  if (isAsciiLetter(c)) return false;
  if (isDigit(c)) {
    let i = offset + 1;
    while (i < nl && isDigit(chunk.charCodeAt(i))) i++;
    const after = chunk.charCodeAt(i);
    return (after === 46 || after === 41) && i + 1 < nl && isRegexSpace(chunk.charCodeAt(i + 1));
  }
  return NOT_PARAGRAPH.test(chunk.slice(offset, nl));
}

/**
 * For a line led by spaces or tabs whose first other character is a letter, `*` or `+`: whether it can be a
 * paragraph line (it opens no fence, heading or underline). Undefined for every other line, which is sliced.
 */
function indentedParagraph(chunk: string, offset: number, nl: number): boolean | undefined {
  let i = offset;
  let spacesOnly = true;
  for (; i < nl; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 9) spacesOnly = false;
    else if (c !== 32) break;
  }
  if (i === nl) return undefined;
  const lead = chunk.charCodeAt(i);
  if (isAsciiLetter(lead)) return true;
  // `NOT_PARAGRAPH` takes a bullet after at most three spaces, and no tab.
  if (lead === 42 || lead === 43) return !(spacesOnly && i - offset <= 3 && i + 1 < nl && isRegexSpace(chunk.charCodeAt(i + 1)));
  return undefined;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** What `\s` matches in a JavaScript regex. */
function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ATX heading's level and text, without its optional closing `#` run (no backtracking regex: lines can be huge). */
function atxHeading(line: string): { level: number; text: string } | undefined {
  const m = ATX_OPEN.exec(line);
  if (!m) return undefined;
  let text = line.slice(m[0].length).trim();
  const closing = /(?:^|[ \t])#+$/.exec(text.length > 1000 ? text.slice(-1000) : text);
  if (closing) text = text.slice(0, text.length - closing[0].length).trim();
  return { level: m[1].length, text };
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
