import { ALERT_BOXES } from '../data/alertBoxes';
import { HTML_BLOCK_TAGS } from '../data/htmlElements';
import { skipBlanks } from '../text/blanks';

/**
 * Which lines of a slide form a top-level paragraph, followed closely enough to tell a setext underline
 * from a thematic break as markdown-it does. Lists, block quotes, HTML blocks and indented code hold no
 * top-level paragraph, and only some blocks may interrupt one. Works on offsets: it slices only lines that
 * may open or end an HTML block, a table or an alert box.
 */

/** HTML blocks that end at a marker rather than at a blank line: the opener and its end marker. */
const MARKED_HTML: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)(?=\s|\/?>|$)/;
/** A lone open or close tag on its line: an HTML block that cannot interrupt a paragraph. */
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/** Where a line's content starts; one instance is reused for every line of a scan. */
export class LineShape {
  /** Columns of leading spaces and tabs (a tab runs to the next multiple of 4). */
  indent = 0;
  /** Offset of the first character that is not a space or tab (the line's end if none). */
  lead = 0;

  measure(text: string, offset: number, nl: number): this {
    let indent = 0;
    let i = offset;
    for (; i < nl; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 9) indent += 4 - (indent % 4);
      else break;
    }
    this.indent = indent;
    this.lead = i;
    return this;
  }
}

/** A setext heading found under a paragraph: its first line's offset and level. */
export interface Underlined {
  readonly start: number;
  readonly level: 1 | 2;
}

type Container = 'list' | 'quote' | 'html' | 'table';
/** A block a line starts; `end` is an HTML block's end marker (none: it ends at a blank line). */
type Start = { kind: 'list' | 'quote' | 'table' | 'break' } | { kind: 'html'; end: RegExp | undefined; endsOnLine: boolean };
// Shared answers: blockStart runs for most list lines, so it must not allocate.
const LIST: Start = { kind: 'list' };
const QUOTE: Start = { kind: 'quote' };
const TABLE: Start = { kind: 'table' };
const BREAK: Start = { kind: 'break' };

export class BlockTracker {
  /** Offset of the open top-level paragraph's first line, or -1. */
  private paragraph = -1;
  private container: Container | undefined;
  /** Whether the container's last line left a paragraph open in it, which a lazy line may continue. */
  private containerParagraph = false;
  /** For an HTML block that ends at a marker (a comment, `<script>` …) rather than at a blank line. */
  private htmlEnd: RegExp | undefined;
  private afterBlank = true;
  /** How many alert boxes (`:::info` …) are open: a bare `:::` closes one, and is text otherwise. */
  private alerts = 0;
  /** Content columns of the open list items, outermost first (the first `depth` entries): an item's own blocks are indented from there. */
  private readonly items: number[] = [];
  private depth = 0;

  /** Starts over for another text, keeping the allocated list of item columns. */
  reset(): this {
    this.paragraph = -1;
    this.container = undefined;
    this.containerParagraph = false;
    this.htmlEnd = undefined;
    this.afterBlank = true;
    this.alerts = 0;
    this.depth = 0;
    return this;
  }

  /** Whether a `#` line this far in can be an ATX heading: at most 3 columns in, or in from a list item's content. */
  headingIndent(indent: number): boolean {
    if (indent <= 3) return true;
    const column = this.container === 'list' ? this.itemAt(indent) : undefined;
    return column !== undefined && indent - column <= 3;
  }

  /** The content column of the innermost open item a line this far in belongs to. */
  private itemAt(indent: number): number | undefined {
    for (let i = this.depth - 1; i >= 0; i--) if (this.items[i] <= indent) return this.items[i];
    return undefined;
  }

  /** Inside an HTML block nothing is Markdown: not even a `#` line is a heading. */
  get inHtml(): boolean {
    return this.container === 'html';
  }

  /**
   * A line that is a block of its own: a fence line or an ATX heading. It ends a quote or table, and a list
   * unless it is indented to an item's content.
   */
  other(shape: LineShape): void {
    this.paragraph = -1;
    this.afterBlank = false;
    this.containerParagraph = false;
    if (this.container === 'html') return;
    if (this.container === 'list' && this.depth > 0 && shape.indent >= this.items[0]) {
      while (this.items[this.depth - 1] > shape.indent) this.depth--;
    } else {
      this.container = undefined;
    }
  }

  /** Feeds any other line; returns the paragraph it underlines, if it is a setext underline. */
  line(text: string, offset: number, nl: number, shape: LineShape): Underlined | undefined {
    const { indent, lead } = shape;
    if (lead >= nl) return this.blank();
    const wasBlank = this.afterBlank;
    this.afterBlank = false;
    const c = text.charCodeAt(lead);
    const upTo3 = indent <= 3;
    if (upTo3 && c === 58 && this.container !== 'html' && this.alertLine(text, lead, nl)) {
      this.paragraph = -1;
      this.containerParagraph = false;
      return undefined;
    }
    if (this.paragraph >= 0) {
      if (upTo3 && (c === 61 || c === 45) && isUnderline(text, lead, nl, c)) {
        const start = this.paragraph;
        this.paragraph = -1;
        return { start, level: c === 61 ? 1 : 2 };
      }
      const start = upTo3 ? blockStart(text, offset, lead, nl, c, true) : undefined;
      if (start) {
        this.paragraph = -1;
        this.enter(start, text, lead, nl, indent);
      }
      return undefined;
    }
    if (this.container === 'html') {
      if (this.htmlEnd?.test(text.slice(offset, nl))) this.leave();
      return undefined;
    }
    if (this.container && this.stays(text, offset, lead, nl, c, indent, wasBlank)) return undefined;
    this.container = undefined;
    if (!upTo3) return undefined; // indented code
    const start = blockStart(text, offset, lead, nl, c, false);
    if (start) this.enter(start, text, lead, nl, indent);
    else this.paragraph = offset;
    return undefined;
  }

  /** Whether a `:::` line opens an alert box or closes an open one (each is a block of its own). */
  private alertLine(text: string, lead: number, nl: number): boolean {
    let i = lead;
    while (i < nl && text.charCodeAt(i) === 58) i++;
    if (i - lead < 3) return false;
    const params = text.slice(i, nl).trim();
    if (!params) {
      if (this.alerts === 0) return false;
      this.alerts--;
      return true;
    }
    if (!ALERT_BOXES.includes(params.split(' ', 1)[0])) return false;
    this.alerts++;
    return true;
  }

  private blank(): undefined {
    this.paragraph = -1;
    this.afterBlank = true;
    this.containerParagraph = false;
    if ((this.container === 'html' && !this.htmlEnd) || this.container === 'table') this.leave();
    return undefined;
  }

  /** Whether a line belongs to the open list, quote or table: as its content, a new item or a lazy line. */
  private stays(text: string, offset: number, lead: number, nl: number, c: number, indent: number, wasBlank: boolean): boolean {
    // A table row is any line up to a blank one, unless it is indented code or starts another block.
    if (this.container === 'table') return indent <= 3 && !blockStart(text, offset, lead, nl, c, true);
    if (this.container === 'list' ? this.inList(text, lead, nl, c, indent) : indent <= 3 && c === 62) {
      if (this.container === 'quote') this.containerParagraph = hasText(text, lead + 1, nl);
      return true;
    }
    // A lazy line continues a paragraph left open in the container, unless it starts a block of its own.
    return !wasBlank && this.containerParagraph && (indent > 3 || !blockStart(text, offset, lead, nl, c, true));
  }

  /** A new item of the list (at most 3 columns in, or nested in an item) or content indented to an item's column. */
  private inList(text: string, lead: number, nl: number, c: number, indent: number): boolean {
    const column = this.itemAt(indent);
    const relative = column === undefined ? indent : indent - column;
    const end = relative <= 3 && !isThematicBreak(text, lead, nl, c) ? listMarkerEnd(text, lead, nl, c) : -1;
    if (end < 0 && column === undefined) return false;
    while (this.depth > 0 && this.items[this.depth - 1] > indent) this.depth--;
    if (end > 0) this.items[this.depth++] = itemColumn(text, lead, end, nl, indent);
    // Content 4 or more columns past its item is code, unless it continues a paragraph.
    this.containerParagraph = end > 0 ? hasText(text, end, nl) : relative <= 3 || this.containerParagraph;
    return true;
  }

  private enter(start: Start, text: string, lead: number, nl: number, indent: number): void {
    if (start.kind === 'break') return;
    this.container = start.kind;
    this.htmlEnd = start.kind === 'html' ? start.end : undefined;
    if (start.kind === 'html' && start.endsOnLine) this.leave();
    this.containerParagraph = start.kind === 'quote' && hasText(text, lead + 1, nl);
    if (start.kind === 'list') {
      const end = listMarkerEnd(text, lead, nl, text.charCodeAt(lead));
      this.items[0] = itemColumn(text, lead, end, nl, indent);
      this.depth = 1;
      this.containerParagraph = hasText(text, end, nl);
    }
  }

  private leave(): void {
    this.container = undefined;
    this.htmlEnd = undefined;
  }
}

/**
 * The block a line starts, after at most three columns of indentation. With `interrupting` (a paragraph is
 * open), only the blocks that may end a paragraph: no empty list item, no ordered item but 1, no lone HTML tag.
 */
function blockStart(text: string, offset: number, lead: number, nl: number, c: number, interrupting: boolean): Start | undefined {
  if (c === 62) return QUOTE;
  if (isThematicBreak(text, lead, nl, c)) return BREAK;
  const marker = listMarkerEnd(text, lead, nl, c);
  if (marker > 0 && (!interrupting || (hasText(text, marker, nl) && (!isDigit(c) || Number(text.slice(lead, marker - 1)) === 1)))) {
    return LIST;
  }
  if (c === 60) {
    const html = htmlStart(text.slice(lead, nl), interrupting);
    if (html) return html;
  }
  return startsTable(text, lead, nl) ? TABLE : undefined;
}

function htmlStart(line: string, interrupting: boolean): Start | undefined {
  for (const [open, end] of MARKED_HTML) {
    if (open.test(line)) return { kind: 'html', end, endsOnLine: end.test(line.slice(1)) };
  }
  const tag = BLOCK_TAG.exec(line);
  if ((tag && HTML_BLOCK_TAGS.has(tag[1].toLowerCase())) || (!interrupting && LONE_TAG.test(line))) return { kind: 'html', end: undefined, endsOnLine: false };
  return undefined;
}

/**
 * markdown-it's table test: this line holds a `|`, and the next line is a delimiter row (`|`, `-`, `:` and
 * blanks, each cell `:?-+:?`) with as many cells as this line.
 */
function startsTable(text: string, lead: number, nl: number): boolean {
  if (nl >= text.length) return false;
  let next = text.indexOf('\n', nl + 1);
  if (next === -1) next = text.length;
  const shape = NEXT_LINE.measure(text, nl + 1, next);
  const first = text.charCodeAt(shape.lead);
  if (shape.indent > 3 || shape.lead + 1 >= next || (first !== 124 && first !== 45 && first !== 58)) return false;
  const second = text.charCodeAt(shape.lead + 1);
  if ((second !== 124 && second !== 45 && second !== 58 && second !== 32 && second !== 9) || (first === 45 && (second === 32 || second === 9))) return false;
  let hasPipe = false;
  for (let i = lead; i < nl && !hasPipe; i++) hasPipe = text.charCodeAt(i) === 124;
  if (!hasPipe) return false;
  const delimiter = text.slice(shape.lead, next);
  if (!/^[-|: \t]*$/.test(delimiter)) return false;
  const cells = delimiter.split('|');
  let aligns = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i].trim();
    if (!cell && (i === 0 || i === cells.length - 1)) continue;
    if (!/^:?-+:?$/.test(cell)) return false;
    aligns++;
  }
  return headerCells(text.slice(lead, nl).trim()) === aligns;
}

const NEXT_LINE = new LineShape();

/** Cells of a table's header row: split on unescaped `|`, without empty cells at either end. */
function headerCells(row: string): number {
  let pieces = 1;
  for (let i = 0; i < row.length; i++) if (row.charCodeAt(i) === 124 && row.charCodeAt(i - 1) !== 92) pieces++;
  if (row.startsWith('|')) pieces--;
  if (row.endsWith('|') && row.charCodeAt(row.length - 2) !== 92) pieces--;
  return pieces;
}

/** The column of a list item's content, its marker ending at `end`: after the marker and 1–4 blanks (one, if more or none follow). */
function itemColumn(text: string, lead: number, end: number, nl: number, indent: number): number {
  const marker = indent + (end - lead);
  let column = marker;
  for (let i = end; i < nl && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); i++) column += text.charCodeAt(i) === 9 ? 4 - (column % 4) : 1;
  const blanks = column - marker;
  return blanks >= 1 && blanks <= 4 && hasText(text, end, nl) ? column : marker + 1;
}

/** Whether anything but spaces and tabs follows `from` on the line (after a list marker or `>`). */
function hasText(text: string, from: number, nl: number): boolean {
  return skipBlanks(text, from, nl) < nl;
}

/** `===` or `---` runs and then only blanks. */
function isUnderline(text: string, lead: number, nl: number, c: number): boolean {
  let i = lead;
  while (i < nl && text.charCodeAt(i) === c) i++;
  return skipBlanks(text, i, nl) === nl;
}

/** Three or more `*`, `-` or `_`, with only blanks between them. */
function isThematicBreak(text: string, lead: number, nl: number, c: number): boolean {
  if (c !== 42 && c !== 45 && c !== 95) return false;
  let count = 0;
  for (let i = lead; i < nl; i++) {
    const d = text.charCodeAt(i);
    if (d === c) count++;
    else if (d !== 32 && d !== 9) return false;
  }
  return count >= 3;
}

/** The offset after a list marker (`-`, `*`, `+`, or up to 9 digits and `.` or `)`) followed by a blank or the line's end, else -1. */
function listMarkerEnd(text: string, lead: number, nl: number, c: number): number {
  let i = lead + 1;
  if (c >= 48 && c <= 57) {
    while (i < nl && i - lead < 10 && isDigit(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if (i >= nl || i - lead >= 10 || (d !== 46 && d !== 41)) return -1;
    i++;
  } else if (c !== 45 && c !== 42 && c !== 43) {
    return -1;
  }
  if (i < nl && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return -1;
  return i;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
