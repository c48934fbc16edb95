import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deckText, mutatedDeck } from '../../fuzz/arbitraries';
import { checkDeck } from '../../fuzz/properties';
import { loadRegressions } from '../../fuzz/regressions';

// A bounded fuzz run on every `npm test`; `npm run fuzz` runs 100,000 cases.
describe('fuzz', () => {
  it('2,000 generated decks hold every property', () => {
    fc.assert(fc.property(deckText, (text) => checkDeck(text)), { numRuns: 2000, seed: 20261126 });
  });
  it('300 mutated real-size decks hold every property', () => {
    const sample = readFileSync(join(__dirname, '../../../sample/community-call/20261126.md'), 'utf8');
    fc.assert(fc.property(mutatedDeck(sample), (text) => checkDeck(text)), { numRuns: 300, seed: 7 });
  });
  for (const { name, text } of loadRegressions()) {
    it(`regression ${name}`, () => checkDeck(text));
  }
});
