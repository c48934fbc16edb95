import assert from 'node:assert/strict';
import { DomUtils, parseDocument } from 'htmlparser2';
import { documentSymbols, foldingRanges, outline, parseDeck, slideSummaries, type Deck } from '../../server/src/core';
import { completeAt } from '../../server/src/core/features/completion';
import { hoverAt } from '../../server/src/core/features/hover';
import { renderDeck } from '../../server/src/core/render';
import { applyEdits } from '../../server/src/core/rules/applyEdits';
import { lintDeck, type LintDiagnostic } from '../../server/src/core/rules/engine';
import { fixAll } from '../../server/src/core/rules/fixAll';
import { prepareCodeColours } from '../../server/src/core/render/codeColours';
import { MAX_HEADING } from '../../server/src/core/deck/slideStructure';
import { markdown } from '../../server/src/core/render/markdown';
import { mayMaskPartLines, onlyWebLinks } from '../../server/src/core/rules/linksOutsideCode';
import { findMarkdownLinks } from '../../server/src/core/text/markdownLinks';
import { ourHeadings, renderedHeadings, slideMarkdown } from './renderedHeadings';

/** One thing the editor or CLI does with a deck; every fuzz case runs all of them. */
export interface Operation {
  readonly name: string;
  run(text: string, deck: Deck, seed: number): void;
}

/** Slowest time seen per operation, for the report. */
export const slowest = new Map<string, number>();

/** Per-call time limit (ms): generous for CI machines, far below a hang. */
export const TIME_LIMIT_MS = 2000;

// highlight.js compiles its grammars once per process on the first guessed fence; that is no per-deck cost.
prepareCodeColours();

export const OPERATIONS: Operation[] = [
  { name: 'parse', run: (text) => checkTiling(text, parseDeck(text)) },
  { name: 're-parse', run: (text, deck) => assert.equal(parseDeck(text, deck).slides.length, deck.slides.length) },
  { name: 'outline', run: (_t, deck) => checkOutline(deck) },
  { name: 'symbols', run: (_t, deck) => checkSymbols(deck) },
  { name: 'folding', run: (_t, deck) => foldingRanges(deck) },
  { name: 'summaries', run: (_t, deck) => assert.equal(slideSummaries(deck).length, deck.slides.length) },
  { name: 'lint', run: (_t, deck) => checkFixesStayInRange(deck, lint(deck)) },
  { name: 'fix-all', run: (text) => checkFixAllIdempotent(text) },
  { name: 'completion', run: (_t, deck, seed) => forPositions(deck, seed, (o) => completeAt(deck, o)) },
  { name: 'hover', run: (_t, deck, seed) => forPositions(deck, seed, (o) => hoverAt(deck, o)) },
  { name: 'render', run: (_t, deck) => checkRender(deck) },
  { name: 'headings', run: (_t, deck) => checkHeadings(deck) },
  { name: 'inline', run: (_t, deck) => checkInline(deck) },
  { name: 'links', run: (_t, deck) => checkLinksOutsideCode(deck) },
];

/**
 * Every slide's headings (level, line and text) are the ones markdown-it renders for it, and the title is the
 * first. Text past MAX_HEADING characters is not read (markdown-it is quadratic on some such lines): then only the
 * level and line are compared.
 */
function checkHeadings(deck: Deck): void {
  for (const s of deck.slides) {
    const expected = renderedHeadings(slideMarkdown(s.content));
    const ours = ourHeadings(s.content, s.info.headings);
    const long = s.info.headings.some((h) => s.content.slice(h.start, h.end).length > MAX_HEADING);
    if (long) assert.deepEqual(ours.map(levelAndLine), expected.map(levelAndLine), `slide ${s.index}`);
    else assert.deepEqual(ours, expected, `slide ${s.index}`);
    assert.equal(s.info.title, s.info.headings[0]?.text || undefined);
  }
}

const levelAndLine = (h: string) => h.split(' ', 2).join(' ');

/**
 * The code spans and inline HTML the analysis places in the slide are the ones markdown-it parses, in order: the
 * source at each place is the HTML token's text, or a code span between backtick runs of the token's length.
 */
function checkInline(deck: Deck): void {
  const md = markdown();
  for (const s of deck.slides) {
    const text = slideMarkdown(s.content);
    const expected: string[] = [];
    for (const t of md.parse(text, {})) {
      for (const c of t.children ?? []) if (c.type === 'code_inline' || c.type === 'html_inline') expected.push(c.type === 'html_inline' ? `html ${c.content}` : `code ${c.markup}`);
    }
    const ours = s.info.structure.inline.filter((r) => r.end <= text.length).map((r) => {
      const src = s.content.slice(r.start, r.end);
      return r.kind === 'html' ? `html ${src}` : `code ${/^`+/.exec(src)?.[0]}`;
    });
    assert.deepEqual(ours, expected, `slide ${s.index}`);
    for (const r of s.info.structure.inline) if (r.kind === 'code') assert.match(s.content.slice(r.start, r.end), /^(`+)[^]*?\1$/);
  }
}

/**
 * What lets rules find links without markdown-it (`rules/linksOutsideCode.ts`): in a slide without a backtick or
 * `<`, every link of the masked text is a link of the raw text, at the same place; when a web address follows every
 * `](` (and there is no `<` or `]:`), every link of the masked text is one.
 */
function checkLinksOutsideCode(deck: Deck): void {
  for (const s of deck.slides) {
    if (onlyWebLinks(s.content)) {
      for (const l of findMarkdownLinks(s.info.structure.masked)) assert.match(l.url, /^https?:\/\//, `slide ${s.index}: ${l.url} is no web address`);
    }
    if (mayMaskPartLines(s.content)) continue;
    const raw = new Set(findMarkdownLinks(s.content).map((l) => JSON.stringify(l)));
    for (const l of findMarkdownLinks(s.info.structure.masked)) assert.ok(raw.has(JSON.stringify(l)), `slide ${s.index}: ${JSON.stringify(l)} only in the masked text`);
  }
}

function lint(deck: Deck): LintDiagnostic[] {
  return lintDeck(deck, {
    environment: { path: '/decks/community-call/20261126.md', fileExists: (p) => p.endsWith('exists.png') },
    onError: (rule, err) => {
      throw new Error(`rule ${rule} threw: ${err instanceof Error ? err.stack : String(err)}`);
    },
  });
}

/** Every fix changes only the text inside its own edits' ranges. */
function checkFixesStayInRange(deck: Deck, diagnostics: LintDiagnostic[]): void {
  for (const d of diagnostics) {
    assert.ok(d.start >= 0 && d.end <= deck.text.length && d.start <= d.end, `${d.rule}: range inside the text`);
    for (const fix of d.fixes) {
      if (fix.edits.length === 0) continue;
      const out = applyEdits(deck.text, fix.edits);
      const first = Math.min(...fix.edits.map((e) => e.start));
      const last = Math.max(...fix.edits.map((e) => e.end));
      assert.equal(out.slice(0, first), deck.text.slice(0, first), `${d.rule}: text before the fix is untouched`);
      assert.equal(out.slice(out.length - (deck.text.length - last)), deck.text.slice(last), `${d.rule}: text after the fix is untouched`);
    }
  }
}

/** Fixing everything and fixing again changes nothing the second time. */
function checkFixAllIdempotent(text: string): void {
  const once = fixAll(text);
  const twice = fixAll(once.text);
  assert.equal(twice.changed, false, `a second fix-all changed the text again: ${JSON.stringify(twice.applied)}`);
}

/** A few cursor positions per case, spread over the text, chosen by the case's seed. */
function forPositions(deck: Deck, seed: number, fn: (offset: number) => unknown): void {
  const n = deck.text.length;
  for (const f of [0, 0.37, 0.71, 1]) fn(Math.min(n, Math.floor(((seed % 97) / 97 + f) * n) % (n + 1)));
}

/** The render has one section per slide, in the parser's columns. */
function checkRender(deck: Deck): void {
  const rendered = renderDeck(deck, { emojiBase: 'emoji' });
  assert.equal(rendered.slides.length, deck.slides.length);
  assert.deepEqual(rendered.columns, deck.columns.map((c) => c.map((s) => s.index)));
  for (const s of rendered.slides) assertNothingExecutable(s.html + (s.notes ?? ''));
}

/** Reads the HTML as a browser would and looks for scripts, event handlers and script URLs. */
function assertNothingExecutable(html: string): void {
  const elements = DomUtils.findAll(() => true, parseDocument(html).children);
  for (const el of elements) {
    assert.notEqual(el.name.toLowerCase(), 'script', 'no <script> element survives');
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(!/^on/i.test(name), `no ${name} handler survives`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(name)) assert.doesNotMatch(value, /^\s*(javascript|vbscript):/i, `no script URL in ${name}`);
    }
  }
}

/** Runs every operation on `text`, checking the shared properties; throws on the first violation. */
export function checkDeck(text: string, seed = text.length): void {
  const deck = timed('parse-base', () => parseDeck(text));
  for (const op of OPERATIONS) timed(op.name, () => op.run(text, deck, seed));
}

function timed<T>(name: string, fn: () => T): T {
  const t = performance.now();
  const result = fn();
  const ms = performance.now() - t;
  if (ms > (slowest.get(name) ?? 0)) slowest.set(name, ms);
  if (ms > TIME_LIMIT_MS) throw new Error(`${name} took ${ms.toFixed(0)} ms`);
  return result;
}

/** Slide spans tile the body in document order; contents are the text between separators. */
function checkTiling(text: string, deck: Deck): void {
  assert.equal(deck.source, text);
  let at = deck.bodyStart;
  for (const [i, s] of deck.slides.entries()) {
    assert.equal(s.index, i);
    assert.equal(s.start, at, `slide ${i} starts where the previous one ended`);
    assert.ok(s.start <= s.contentStart && s.contentStart <= s.contentEnd && s.contentEnd === s.end);
    assert.equal(s.content, deck.text.slice(s.contentStart, s.contentEnd));
    if (s.separator) assert.match(deck.text.slice(s.separator.start, s.separator.end), /^-{3,4}$/);
    at = s.end;
  }
  assert.equal(at, deck.text.length);
  for (const n of deck.nearMisses) assert.ok(n.start >= 0 && n.end <= deck.text.length && n.start <= n.end);
}

function checkOutline(deck: Deck): void {
  const entries = outline(deck);
  assert.equal(entries.length, deck.slides.length);
  let h = -1;
  let v = 0;
  for (const e of entries) {
    if (e.h !== h) {
      assert.equal(e.h, h + 1, 'columns are numbered without gaps');
      assert.equal(e.v, 0);
    } else assert.equal(e.v, v + 1, 'stack members are numbered without gaps');
    h = e.h;
    v = e.v;
    assert.ok(e.line >= 1 && e.line <= deck.lines.lineCount + 1);
  }
}

function checkSymbols(deck: Deck): void {
  const symbols = documentSymbols(deck);
  const count = symbols.reduce((n, s) => n + 1 + (s.children?.length ?? 0), 0);
  assert.equal(count, deck.slides.length);
}
