import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitize } from '../../../server/src/core/render/sanitizer';
import { swallowedText } from '../../../server/src/core/rules/swallowedText';
import { scanXssTags } from '../../../server/src/core/text/xssTagScan';
import { applyFixes, fixture, runRule } from './helpers';
import { ALL_DECKS, deckFixture } from '../../deckFixtures';

describe('swallowed-text', () => {
  it('reports a<b that swallows across slides, and <i that swallows the rest of the deck', () => {
    const found = runRule(swallowedText, fixture('swallowed-text.md'));
    assert.deepEqual(found.map((f) => f.text), ['<b', '<i']);
    assert.match(found[0].message, /<b> tag and drops the \d+ characters up to the next ">" \(line 14\), and with them the slide break on line 10: the slides around it show as one/);
    assert.match(found[1].message, /rest of the deck from slide 1 on is lost/);
  });
  it('agrees with the real sanitiser: the swallowed text is gone from its output', () => {
    const body = fixture('swallowed-text.md').split('\n---\n').slice(1).join('\n---\n');
    const out = sanitize(body);
    assert.ok(!out.includes('# Team Ops') && !out.includes('think so'));
    assert.ok(sanitize(applyFixes(body, runRule(swallowedText, body))).includes('# Team Ops'));
  });
  it('puts a space after < as the fix', () => {
    const text = fixture('swallowed-text.md');
    const fixed = applyFixes(text, runRule(swallowedText, text));
    assert.ok(fixed.includes('a< b than before') && fixed.includes('3 < i think so'));
    assert.deepEqual(runRule(swallowedText, fixed), []);
  });
  it('reports a tag glued to a word whose attributes are bare words', () => {
    assert.deepEqual(runRule(swallowedText, 'if x<b then y> z').map((f) => f.text), ['<b']);
  });
  it('stays silent on tags written on purpose, spaced comparisons and unknown names', () => {
    assert.deepEqual(runRule(swallowedText, fixture('swallowed-text.silent.md')), []);
    for (const name of ALL_DECKS) {
      assert.deepEqual(runRule(swallowedText, deckFixture(name)), [], name);
    }
  });
});

describe('scanXssTags', () => {
  it('cuts tags as js-xss does: quotes after = hide >, a second < restarts, no > runs to the end', () => {
    assert.deepEqual(scanXssTags('a<b c\nd> e')[0], { start: 1, end: 8, name: 'b', unterminated: false });
    assert.equal(scanXssTags('<a title="x>y">z')[0].end, 15);
    assert.deepEqual(scanXssTags('<x <b>').map((t) => t.name), ['b']);
    assert.deepEqual(scanXssTags('a <i b'), [{ start: 2, end: 6, name: 'i', unterminated: true }]);
  });
});
