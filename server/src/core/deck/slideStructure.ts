import type MarkdownIt from 'markdown-it';
import { diagramKind, type DiagramKind } from '../data/diagrams';
import { markdown } from '../render/markdown';
import type { ShortcodeListener } from '../render/inlineRules';
import { inlineText } from './headingText';
import { mapInline, type SourceLines } from './inlineSource';
import type { BlockRange, Heading, InlineRange, Shortcode, SlideStructure, Span } from './model';

type Token = MarkdownIt.Token;
type StateInline = MarkdownIt.StateInline;

const NONE: never[] = [];
/**
 * Heading text beyond this many characters is not read: markdown-it's inline parser is quadratic on some such lines
 * (100,000 `[`), and no one reads a title that long.
 */
export const MAX_HEADING = 2_000;
/**
 * Text some inline rule may react to: anything but letters, digits, blanks, `,;/` and lone hyphens. markdown-it's
 * text rule stops only at its terminator characters (of these, `-`, which only `--` turns into a dash), linkify
 * needs a `.`, `:` or `@`, and the typographer quotes, `.`, `!`, `?`, `(` or double hyphens.
 */
const NOT_INERT = /[^\p{L}\p{N} \t,;/-]|--/u;
/** What a code span, inline HTML, a shortcode or math starts with. */
const MAY_HOLD_INLINE = /[`<:$\\]/;

/**
 * Analyses one slide's Markdown. With speaker notes (`notes` is where the line `note:` starts), the slide and the
 * notes are rendered apart, so they are analysed apart: headings are the slide's, everything else covers both.
 * @example analyseStructure('Title\n===\n\n`:x:`').headings[0].text // 'Title'
 */
export function analyseStructure(text: string, notes = -1): SlideStructure {
  return notes < 0 ? new TokenStructure(text) : new SlideWithNotes(text, notes);
}

/** A slide and its notes: reveal-markdown renders the text after `note:`, trimmed, as a Markdown text of its own. */
class SlideWithNotes implements SlideStructure {
  readonly headings: readonly Heading[];
  private readonly main: TokenStructure;
  /** Where the notes' text starts: after `note:` and the blanks the trim removes. */
  private readonly notesStart: number;
  private notesPart?: TokenStructure;
  private joined?: { blocks: BlockRange[]; inline: InlineRange[]; comments: Span[]; shortcodes: Shortcode[] };
  private maskedText?: string;

  constructor(private readonly text: string, private readonly noteLine: number) {
    this.main = new TokenStructure(text.slice(0, noteLine));
    this.headings = this.main.headings;
    let start = noteLine + 5;
    while (start < text.length && /\s/.test(text[start])) start++;
    this.notesStart = start;
  }

  private get notes(): TokenStructure {
    return (this.notesPart ??= new TokenStructure(this.text.slice(this.notesStart)));
  }

  get blocks(): readonly BlockRange[] {
    return this.join().blocks;
  }

  get inline(): readonly InlineRange[] {
    return this.join().inline;
  }

  get comments(): readonly Span[] {
    return this.join().comments;
  }

  get shortcodes(): readonly Shortcode[] {
    return this.join().shortcodes;
  }

  get masked(): string {
    return (this.maskedText ??= this.main.masked + this.text.slice(this.noteLine, this.notesStart) + this.notes.masked);
  }

  private join(): { blocks: BlockRange[]; inline: InlineRange[]; comments: Span[]; shortcodes: Shortcode[] } {
    if (this.joined) return this.joined;
    const at = this.notesStart;
    let lines = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < at; i = this.text.indexOf('\n', i + 1)) lines++;
    const { main, notes } = this;
    return (this.joined = {
      blocks: [...main.blocks, ...notes.blocks.map((b) => ({ ...b, start: b.start + at, end: b.end + at, startLine: b.startLine + lines, endLine: b.endLine + lines }))],
      inline: [...main.inline, ...notes.inline.map((r) => ({ ...r, start: r.start + at, end: r.end + at }))],
      comments: [...main.comments, ...notes.comments.map((c) => ({ start: c.start + at, end: c.end + at }))],
      shortcodes: [...main.shortcodes, ...notes.shortcodes.map((c) => ({ ...c, start: c.start + at, end: c.end + at }))],
    });
  }
}

/** markdown-it's block pass over one text: its tokens, its source lines and the environment it filled (references, footnotes). */
interface BlockPass {
  readonly tokens: Token[];
  readonly lines: SourceLines;
  readonly env: { abbreviations?: unknown };
}

function blockPass(text: string): BlockPass {
  const md = markdown();
  const env = {};
  const tokens: Token[] = [];
  // markdown-it's normalisation, which keeps offsets: line breaks are LF already, NUL becomes U+FFFD.
  const src = text.includes('\0') ? text.replace(/\0/g, '\uFFFD') : text;
  const state = new md.block.State(src, md, env, tokens);
  if (src) md.block.tokenize(state, state.line, state.lineMax);
  return { tokens, env, lines: { src, bMarks: state.bMarks, tShift: state.tShift, eMarks: state.eMarks } };
}

/**
 * The analysis keeps only what it found, not the tokens: a deck holds thousands of these. The rare question
 * that needs inline positions runs the block pass again.
 */
class TokenStructure implements SlideStructure {
  readonly headings: readonly Heading[];
  readonly blocks: readonly BlockRange[];
  private inlineFacts?: { inline: InlineRange[]; comments: Span[]; shortcodes: Shortcode[] };
  private maskedText?: string;

  constructor(private readonly text: string) {
    const { tokens, lines, env } = blockPass(text);
    let footnotes = false;
    const headingTokens: Token[] = [];
    const blocks: BlockRange[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type === 'heading_open') headingTokens.push(t, tokens[i + 1], tokens[i + 2]);
      else if (t.type === 'footnote_reference_open') footnotes = true;
      else if ((t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') && t.map) {
        const [first, next] = t.map;
        // A closed fence spans its opening line, its content lines and its closing line.
        const closed = t.type === 'fence' && next - first === contentLines(t.content) + 2;
        const block: BlockRange = { kind: t.type === 'fence' ? 'fence' : t.type === 'code_block' ? 'code' : 'html', start: lineStart(lines, first), end: lineEnd(lines, next - 1), startLine: first, endLine: next - 1, closed };
        const diagram = t.type === 'fence' ? fenceDiagram(t.info) : undefined;
        blocks.push(diagram ? { ...block, diagram } : block);
      }
    }
    this.headings = headingTokens.length ? headingsOf(lines, footnotes ? tokens : headingTokens, env) : NONE;
    this.blocks = blocks.length ? blocks : NONE;
  }

  get inline(): readonly InlineRange[] {
    return this.scanInline().inline;
  }

  get comments(): readonly Span[] {
    return this.scanInline().comments;
  }

  get shortcodes(): readonly Shortcode[] {
    return this.scanInline().shortcodes;
  }

  get masked(): string {
    return (this.maskedText ??= this.mask());
  }

  /** One inline pass over the blocks whose text can hold a code span, inline HTML or a shortcode. */
  private scanInline(): { inline: InlineRange[]; comments: Span[]; shortcodes: Shortcode[] } {
    if (this.inlineFacts) return this.inlineFacts;
    const inline: InlineRange[] = [];
    const comments: Span[] = [];
    const shortcodes: Shortcode[] = [];
    if (MAY_HOLD_INLINE.test(this.text)) scanInline(blockPass(this.text), this.blocks, inline, comments, shortcodes);
    this.inlineFacts = { inline: inline.length ? inline : NONE, comments: comments.length ? comments : NONE, shortcodes: shortcodes.length ? shortcodes : NONE };
    return this.inlineFacts;
  }

  private mask(): string {
    const text = this.text;
    const spans: Span[] = this.blocks.filter((b) => b.kind !== 'html');
    if (/[`<$\\]/.test(text)) {
      for (const r of this.inline) if (r.kind !== 'html') spans.push(r);
      for (const c of this.comments) spans.push(c);
    }
    if (spans.length === 0) return text;
    spans.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const s of spans) {
      if (s.end <= at) continue;
      const from = Math.max(at, s.start);
      out += text.slice(at, from) + text.slice(from, s.end).replace(/[^\n]/g, ' ');
      at = s.end;
    }
    return out + text.slice(at);
  }
}

function lineStart(lines: SourceLines, line: number): number {
  return lines.bMarks[line] ?? lines.src.length;
}

function lineEnd(lines: SourceLines, line: number): number {
  return Math.min(lines.eMarks[line] ?? lines.src.length, lines.src.length);
}

/**
 * Headings through the rest of markdown-it's core chain (inline rules, linkify, typographer, plugins), as
 * `md.parse` runs it: the tokens stand in a state with no source left to block-parse. Only the headings' tokens
 * need it, unless footnotes are defined: their chain moves the definitions, headings and all, to the end.
 */
function headingsOf(lines: SourceLines, tokens: Token[], env: { abbreviations?: unknown }): Heading[] {
  const headings: Heading[] = [];
  // Most headings are words, spaces and single hyphens, which no inline rule, linkify or typographer touches
  // (with no abbreviation defined): their text is their content, and the chain can be skipped.
  if (tokens.length === 3 && !env.abbreviations && !NOT_INERT.test(tokens[1].content)) {
    const t = tokens[0];
    const content = tokens[1].content;
    const text = /\s\s|\t/.test(content) ? content.replace(/\s+/g, ' ') : content;
    headings.push({ level: Number(t.tag.slice(1)), text, start: lineStart(lines, t.map![0]), end: lineEnd(lines, t.map![1] - 1) });
    return headings;
  }
  for (const t of tokens) if (t.type === 'inline' && t.content.length > MAX_HEADING) t.content = t.content.slice(0, MAX_HEADING);
  const md = markdown();
  const core = new md.core.State('', md, env);
  core.tokens = tokens;
  md.core.process(core);
  for (let i = 0; i < core.tokens.length; i++) {
    const t = core.tokens[i];
    if (t.type !== 'heading_open' || !t.map) continue;
    const text = inlineText(core.tokens[i + 1].children ?? [], md, env);
    headings.push({ level: Number(t.tag.slice(1)), text, start: lineStart(lines, t.map[0]), end: lineEnd(lines, t.map[1] - 1) });
  }
  return headings;
}

/** Code spans, inline HTML, comments and shortcodes of one block pass, in slide offsets. */
function scanInline(pass: BlockPass, blocks: readonly BlockRange[], inline: InlineRange[], comments: Span[], shortcodes: Shortcode[]): void {
  const md = markdown();
  const { lines, env } = pass;
  let tokens = pass.tokens;
  const { src } = lines;
  if (tokens.some((t) => t.type === 'footnote_reference_open')) {
    // Footnote definitions are rendered at the end, and only when referenced: their chain says which remain.
    const core = new md.core.State('', md, env);
    core.tokens = tokens;
    md.core.process(core);
    tokens = core.tokens;
  }
  for (const b of blocks) if (b.kind === 'html' && src.includes('<!--', b.start)) htmlComments(src, b.start, b.end, comments);
  // Where the next cell of a table row starts at the earliest.
  const cells = new Map<number, number>();
  // Table cells have no lines of their own: they are on their row's.
  let row = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'tr_open' && token.map) row = token.map[0];
    if (token.type !== 'inline') continue;
    const content = token.content;
    const opener = tokens[i - 1];
    const cell = opener?.type === 'th_open' || opener?.type === 'td_open';
    const interesting = MAY_HOLD_INLINE.test(content);
    if ((!interesting && !cell) || (!token.map && !cell)) continue;
    const line = token.map ? token.map[0] : row;
    // After an ATX heading's `#` run (its text does not reach the line's end when a closing run follows); container
    // prefixes (`> `, list markers) hold no `#`, so the line's first `#` starts the run. A cell starts after the one before.
    const atx = opener?.type === 'heading_open' && opener.markup[0] === '#';
    const from = cell ? cells.get(line) ?? lines.bMarks[line] : atx ? src.indexOf('#', lines.bMarks[line]) + opener.markup.length : -1;
    const map = mapInline(lines, content, line, from);
    if (cell) cells.set(line, Math.max(map(content.length - 1) + 1, cells.get(line) ?? 0));
    if (!interesting) continue;
    const found = tokenizeWithPositions(md, content, env);
    for (const f of found.ranges) {
      const start = map(f.start);
      const end = map(f.end - 1) + 1;
      if (start < 0 || end <= start) continue;
      inline.push({ kind: f.kind, start, end });
      if (f.kind === 'html' && content.startsWith('<!--', f.start)) comments.push({ start, end });
    }
    for (const s of found.shortcodes) {
      const start = map(s.start);
      if (start >= 0) shortcodes.push({ start, end: start + s.end - s.start, name: s.name });
    }
  }
  comments.sort((a, b) => a.start - b.start);
}

/** The diagram a fence's info string names, read as the fence renderer reads it (`render/fence.ts`). */
function fenceDiagram(info: string): DiagramKind | undefined {
  if (!info) return undefined;
  const lang = markdown().utils.unescapeAll(info).trim().split(/\s+/g)[0];
  return diagramKind(lang)?.kind;
}

/** Lines of a fence's content, each with its line break except perhaps the last. */
function contentLines(content: string): number {
  let n = 0;
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) n++;
  return content && !content.endsWith('\n') ? n + 1 : n;
}

/** Comments inside an HTML block, as the browser's HTML parser reads them (`<!-->` and `<!--->` are empty ones). */
function htmlComments(src: string, start: number, end: number, out: Span[]): void {
  for (let at = src.indexOf('<!--', start); at !== -1 && at < end; ) {
    const close = src.indexOf('-->', at + 2);
    if (close === -1 || close + 3 > end) return;
    out.push({ start: at, end: close + 3 });
    at = src.indexOf('<!--', close + 3);
  }
}

interface Found {
  ranges: { kind: InlineRange['kind']; start: number; end: number }[];
  shortcodes: { start: number; end: number; name: string }[];
}

/**
 * markdown-it's inline tokenizer over one block's text, noting where each code span, piece of inline HTML and
 * formula starts (the parser's position when it pushes the token) and every shortcode the emoji rule reads.
 */
function tokenizeWithPositions(md: MarkdownIt, content: string, env: object): Found {
  const found: Found = { ranges: [], shortcodes: [] };
  const state = new md.inline.State(content, md, env, []) as StateInline & ShortcodeListener;
  const pushed: { token: Token; start: number }[] = [];
  const push = state.push;
  state.push = function (this: StateInline, type, tag, nesting) {
    const token = push.call(this, type, tag, nesting);
    if (type === 'code_inline' || type === 'html_inline' || MATH_TOKENS.has(type)) pushed.push({ token, start: this.pos });
    return token;
  };
  state.onShortcode = (start, length, name) => found.shortcodes.push({ start, end: start + length, name });
  md.inline.tokenize(state);
  for (const { token, start } of pushed) {
    if (MATH_TOKENS.has(token.type)) found.ranges.push({ kind: 'math', start, end: mathEnd(content, start, token) });
    else if (token.type === 'html_inline') found.ranges.push({ kind: 'html', start, end: start + token.content.length });
    else found.ranges.push({ kind: 'code', start, end: codeSpanEnd(content, start, token.markup.length) });
  }
  return found;
}

/** The tokens markdown-it-mathjax pushes (its content is the TeX between the delimiters, or all of `\begin…\end`). */
const MATH_TOKENS = new Set(['inline_math', 'display_math', 'math']);

/** The end of a formula markdown-it-mathjax found at `start`: `$`/`$$` or `\\(`/`\\[` around its TeX, or `\begin{…}…\end{…}` whole. */
function mathEnd(content: string, start: number, token: Token): number {
  if (content.charCodeAt(start) === 0x24) {
    const n = content.charCodeAt(start + 1) === 0x24 ? 2 : 1;
    return start + 2 * n + token.content.length;
  }
  return token.type === 'math' ? start + token.content.length : start + 6 + token.content.length;
}

/** The end of the closing backtick run of a code span markdown-it found at `start`: the next run of the same length. */
function codeSpanEnd(content: string, start: number, n: number): number {
  let at = start + n;
  for (;;) {
    const tick = content.indexOf('`', at);
    if (tick === -1) return content.length;
    let end = tick;
    while (content.charCodeAt(end) === 96) end++;
    if (end - tick === n) return end;
    at = end;
  }
}
