import type { Deck } from '../../deck/model';

/** Where the cursor is, as the completion providers need it. Offsets are deck-text offsets. */
export interface LineContext {
  readonly deck: Deck;
  readonly offset: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The line's text before and after the cursor. */
  readonly before: string;
  readonly after: string;
  /** Inside the YAML of a front matter (recognised or not). */
  readonly inFrontMatter: boolean;
  /** Inside code as markdown-it reads the slide: a fenced block (not on its fence lines) or indented code. */
  readonly inFence: boolean;
}

/**
 * Reads the cursor's surroundings from the shared parse.
 * @example lineContext(parseDeck('# Te'), 4).before // '# Te'
 */
export function lineContext(deck: Deck, offset: number): LineContext {
  const text = deck.text;
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const lineEnd = nl === -1 ? text.length : nl;
  const fm = deck.frontMatter;
  // The opening `---` line belongs to the front matter, and so does the closing line up to its three characters.
  const inFrontMatter = !!fm && lineStart > fm.start && at <= fm.end - 3 && fm.problem !== 'unterminated';
  return {
    deck,
    offset: at,
    lineStart,
    lineEnd,
    before: text.slice(lineStart, at),
    after: text.slice(at, lineEnd),
    inFrontMatter,
    inFence: inFenceBody(deck, lineStart),
  };
}

function inFenceBody(deck: Deck, lineStart: number): boolean {
  const slide = deck.slideAt(lineStart);
  const at = lineStart - slide.contentStart;
  if (at < 0) return false;
  for (const b of slide.info.structure.blocks) {
    if (b.kind === 'html' || at < b.start || at > b.end) continue;
    if (b.kind === 'code') return true;
    // Inside a fence: below its opening line, and above its closing line if it has one.
    const closingLine = slide.content.lastIndexOf('\n', b.end - 1) + 1;
    return at > b.start && (b.closed ? at < closingLine : true);
  }
  return false;
}

/** Whether the line before `lineStart` is blank (or there is none). */
export function previousLineBlank(deck: Deck, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const prevStart = deck.text.lastIndexOf('\n', lineStart - 2) + 1;
  return deck.text.slice(prevStart, lineStart - 1).trim() === '';
}

/** Whether the line after the one ending at `lineEnd` is blank (or there is none). */
export function nextLineBlank(deck: Deck, lineEnd: number): boolean {
  if (lineEnd >= deck.text.length) return true;
  const nl = deck.text.indexOf('\n', lineEnd + 1);
  return deck.text.slice(lineEnd + 1, nl === -1 ? deck.text.length : nl).trim() === '';
}
