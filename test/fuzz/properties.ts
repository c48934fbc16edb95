import assert from 'node:assert/strict';
import { documentSymbols, foldingRanges, outline, parseDeck, slideSummaries, type Deck } from '../../server/src/core';

/** One thing the editor or CLI does with a deck; every fuzz case runs all of them. */
export interface Operation {
  readonly name: string;
  run(text: string, deck: Deck, seed: number): void;
}

/** Slowest time seen per operation, for the report. */
export const slowest = new Map<string, number>();

/** Per-call time limit (ms): generous for CI machines, far below a hang. */
export const TIME_LIMIT_MS = 2000;

export const OPERATIONS: Operation[] = [
  { name: 'parse', run: (text) => checkTiling(text, parseDeck(text)) },
  { name: 're-parse', run: (text, deck) => assert.equal(parseDeck(text, deck).slides.length, deck.slides.length) },
  { name: 'outline', run: (_t, deck) => checkOutline(deck) },
  { name: 'symbols', run: (_t, deck) => checkSymbols(deck) },
  { name: 'folding', run: (_t, deck) => foldingRanges(deck) },
  { name: 'summaries', run: (_t, deck) => assert.equal(slideSummaries(deck).length, deck.slides.length) },
];

/** Runs every operation on `text`, checking the shared properties; throws on the first violation. */
export function checkDeck(text: string, seed = 0): void {
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
