import { parseAttributeComment } from './attributeComments';
import type { AttributeComment, Heading, NoteLine, SlideInfo, SlideStructure } from './model';
import { analyseStructure } from './slideStructure';

const NOTE = /^note:/i;
const ANY_NOTE = /^note:/im;
const WHITESPACE = /\s/;
/** Shared empty list: most slides have no comments or notes, and decks can have many thousands of slides. */
const NONE: never[] = [];

/**
 * Reads one slide's chunk as HedgeDoc renders it: alone, with its own fences. Offsets are relative to the chunk.
 * What needs markdown-it's tokens is worked out on first use, once per slide text (`parseDeck` hands an unchanged
 * slide the same object), so parsing a deck stays a line scan.
 * @example analyseSlide('\n## Team IaaS - Topic\n\n* one\n').title // 'Team IaaS - Topic'
 */
export function analyseSlide(chunk: string): SlideInfo {
  return new SlideAnalysis(chunk);
}

class SlideAnalysis implements SlideInfo {
  readonly noteLines: NoteLine[];
  readonly notes?: string;
  readonly leadingWhitespace: number;
  readonly leadingTabs: number;
  private tokens?: SlideStructure;
  private comments?: { slide: AttributeComment[]; element: AttributeComment[] };

  constructor(private readonly chunk: string) {
    this.noteLines = noteLines(chunk);
    if (this.noteLines.length === 1) this.notes = chunk.slice(this.noteLines[0].start + 5);
    this.leadingWhitespace = leadingRun(chunk, false);
    this.leadingTabs = leadingRun(chunk, true);
  }

  /** The slide's Markdown as markdown-it reads it (with a single `note:` line, the slide and its notes apart). */
  get structure(): SlideStructure {
    return (this.tokens ??= analyseStructure(this.chunk, this.noteLines.length === 1 ? this.noteLines[0].start : -1));
  }

  get headings(): readonly Heading[] {
    return this.structure.headings;
  }

  /** The first heading, whatever its level or container. */
  get title(): string | undefined {
    return this.structure.headings[0]?.text || undefined;
  }

  get titleLevel(): number | undefined {
    return this.structure.headings[0]?.level;
  }

  get titleStart(): number | undefined {
    return this.structure.headings[0]?.start;
  }

  get titleEnd(): number | undefined {
    return this.structure.headings[0]?.end;
  }

  get slideComments(): AttributeComment[] {
    return this.attributeComments().slide;
  }

  get elementComments(): AttributeComment[] {
    return this.attributeComments().element;
  }

  /** Attribute comments among the HTML comments markdown-it passes through (none in code, as in the rendered slide). */
  private attributeComments(): { slide: AttributeComment[]; element: AttributeComment[] } {
    if (this.comments) return this.comments;
    const slide: AttributeComment[] = [];
    const element: AttributeComment[] = [];
    if (this.chunk.includes('<!--')) {
      for (const c of this.structure.comments) {
        const comment = parseAttributeComment(this.chunk.slice(c.start + 4, c.end - 3), c.start + 4, c.start, c.end);
        if (comment) (comment.kind === 'slide' ? slide : element).push(comment);
      }
    }
    return (this.comments = { slide: slide.length ? slide : NONE, element: element.length ? element : NONE });
  }
}

/** Every line that starts with `note:` (any case): reveal-markdown's notes separator. */
function noteLines(chunk: string): NoteLine[] {
  // One native search first: its `^` matches after every line break, so it finds a superset of these lines.
  if (!ANY_NOTE.test(chunk)) return NONE;
  let lines: NoteLine[] | undefined;
  for (let offset = 0; offset <= chunk.length;) {
    let nl = chunk.indexOf('\n', offset);
    if (nl === -1) nl = chunk.length;
    const c = chunk.charCodeAt(offset);
    if ((c === 110 || c === 78) && NOTE.test(chunk.slice(offset, Math.min(nl, offset + 5)))) (lines ??= []).push({ start: offset, end: nl });
    offset = nl + 1;
  }
  return lines ?? NONE;
}

/** HedgeDoc's `getMarkdownFromSlide`: whitespace (or tabs) after one optional `\n` decides the indentation quirk. */
function leadingRun(chunk: string, tabsOnly: boolean): number {
  const from = chunk.charCodeAt(0) === 10 ? 1 : 0;
  let i = from;
  while (i < chunk.length && (tabsOnly ? chunk[i] === '\t' : WHITESPACE.test(chunk[i]))) i++;
  return i - from;
}
