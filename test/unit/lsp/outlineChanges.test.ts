import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyListChange, shiftFolding, shiftSymbol } from '../../../client/src/listChange';
import { documentSymbols, foldingRanges, parseDeck } from '../../../server/src/core';
import { listChange, sameFolding, sameSymbol } from '../../../server/src/lsp/listChange';
import { syntheticDeck } from '../core/helpers';

const lines = (text: string) => text.split('\n').length;

/** Sends the outline and folding of `after` as changes to those of `before`, and applies them as the client does. */
function roundTrip(before: string, after: string) {
  const [a, b] = [parseDeck(before), parseDeck(after)];
  const shift = lines(after) - lines(before);
  const symbols = listChange(documentSymbols(a), documentSymbols(b), sameSymbol, shift);
  const folding = listChange(foldingRanges(a), foldingRanges(b), sameFolding, shift);
  return {
    symbols,
    folding,
    symbolsApplied: applyListChange(documentSymbols(a), symbols, shiftSymbol),
    foldingApplied: applyListChange(foldingRanges(a), folding, shiftFolding),
    symbolsWanted: documentSymbols(b),
    foldingWanted: foldingRanges(b),
  };
}

/** JSON round trip: what went over the wire (drops `children: undefined`). */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('outline and folding as changes', () => {
  const base = syntheticDeck(300);
  const edits: [string, string][] = [
    ['a letter typed into a title', base.replace('Topic 150\n', 'Topic 150x\n')],
    ['a line break typed (every later slide moves down)', base.replace('* point 150 ', '* point\n150 ')],
    ['two lines joined (every later slide moves up)', base.replace('## Team 3 - Topic 150\n\n', '## Team 3 - Topic 150\n')],
    ['a slide inserted', base.replace('## Team 3 - Topic 150', '## New\n\n---\n\n## Team 3 - Topic 150')],
    ['a slide deleted', base.replace('\n---\n\n## Team 3 - Topic 150', '')],
    ['the front matter removed', base.slice(base.indexOf('---\n', 4) + 4)],
  ];
  for (const [name, edited] of edits) {
    it(`gives the new lists back: ${name}`, () => {
      const r = roundTrip(base, edited);
      assert.deepEqual(wire(r.symbolsApplied), wire(r.symbolsWanted));
      assert.deepEqual(wire(r.foldingApplied), wire(r.foldingWanted));
    });
  }

  it('a keystroke in a 10,000-slide deck sends one symbol and one folding range or none, even a line break', () => {
    const big = syntheticDeck(10_000);
    for (const edited of [big.replace('Topic 5000\n', 'Topic 5000x\n'), big.replace('* point 5000 ', '* point\n5000 ')]) {
      const r = roundTrip(big, edited);
      assert.ok(JSON.stringify(r.symbols).length < 1500, JSON.stringify(r.symbols));
      assert.ok(JSON.stringify(r.folding).length < 300, JSON.stringify(r.folding));
      assert.deepEqual(wire(r.symbolsApplied), wire(r.symbolsWanted));
    }
  });
});
