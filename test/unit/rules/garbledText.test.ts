import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { garbledText } from '../../../server/src/core/rules/garbledText';
import { ungarble } from '../text/codePageDecoders';
import { applyFixes, fixture, runRule } from './helpers';
import { deckFixture, GARBLED, MAC_ROMAN, TEMPLATE, WINDOWS_1252 } from '../../deckFixtures';

describe('garbled-text', () => {
  for (const { file, original, codePage } of GARBLED) {
    it(`restores ${file} exactly to its original (${codePage})`, () => {
      const text = deckFixture(file);
      const found = runRule(garbledText, text);
      assert.ok(found.length >= 3);
      const repaired = applyFixes(text, found);
      assert.equal(repaired, deckFixture(original));
      assert.equal(repaired, ungarble(text, codePage));
      assert.deepEqual(runRule(garbledText, repaired), []);
    });
  }
  it('repairs the phrases the decks garbled: dashes, quotes, umlauts and emoji', () => {
    const repaired = (file: string) => applyFixes(deckFixture(file), runRule(garbledText, deckFixture(file)));
    const a = repaired(WINDOWS_1252.file);
    for (const s of ['One platform – standardized', 'The test cluster “Kiwi” survived', '🎉 https://example.org/kiwi/rebuild-report 🎉', 'the runner’s disk', 'Nürnberg', '„Offene Clouds für alle“']) {
      assert.ok(a.includes(s), s);
    }
    const b = repaired(MAC_ROMAN.file);
    for (const s of ['One platform – standardized', 'a „Café“ corner in Düsseldorf – more', 'Köln', 'Operators’ meetup in Zürich', '“Clouds and Cities”', 'Größere Runde', 'Gießen', '🛠️']) {
      assert.ok(b.includes(s), s);
    }
  });
  it('is silent on the template and on correct text', () => {
    assert.deepEqual(runRule(garbledText, deckFixture(TEMPLATE)), []);
    assert.deepEqual(runRule(garbledText, fixture('garbled-text.silent.md')), []);
  });
  it('reports the run, names the code page and offers the original as the preferred fix', () => {
    const found = runRule(garbledText, fixture('garbled-text.md'));
    assert.deepEqual(found.map((f) => f.text), ['â€“', 'ðŸŽ‰', 'Ã¼', 'Br√ºhl'.slice(2, 4)]);
    assert.match(found[0].message, /Windows-1252.*original text is "–"/);
    assert.match(found[3].message, /Mac Roman/);
    assert.equal(found[0].fixes?.[0].preferred, true);
  });
});
