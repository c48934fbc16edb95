import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invalidCss } from '../../../server/src/core/rules/invalidCss';
import { checkCss } from '../../../server/src/core/text/cssCheck';
import { applyFixes, fixture, runRule } from './helpers';
import { deckFixture, GARBLED, TEMPLATE } from '../../deckFixtures';

describe('invalid-css', () => {
  it('reports quoted colours, unknown properties, bad values and an unclosed brace, at their place in the deck', () => {
    const found = runRule(invalidCss, fixture('invalid-css.md'));
    assert.deepEqual(found.map((f) => f.text), ['"#50c3a5"', 'colr', '{', '28pxx']);
    assert.match(found[0].message, /The colour "#50c3a5" is quoted: browsers reject a string for color, so this declaration was never applied. Write it without quotes: color: #50c3a5\./);
    assert.match(found[1].message, /Unknown CSS property "colr".*"color"/);
    assert.match(found[2].message, /never closed/);
  });
  it('unquotes colours as the preferred fix, and the template then passes', () => {
    const text = deckFixture(TEMPLATE);
    const found = runRule(invalidCss, text);
    assert.deepEqual(found.map((f) => f.text), ['"#50c3a5"', '"#0f5fe1"']);
    assert.equal(found[0].fixes?.[0].preferred, true);
    const fixed = applyFixes(text, found);
    assert.match(fixed, /color: #50c3a5;/);
    assert.deepEqual(runRule(invalidCss, fixed), []);
  });
  it('finds the quoted colours in both garbled call decks', () => {
    for (const { file } of GARBLED) {
      assert.deepEqual(runRule(invalidCss, deckFixture(file)).map((f) => f.text), ['"#50c3a5"', '"#0f5fe1"']);
    }
  });
  it('stays silent on valid CSS, custom properties, vendor prefixes, var() and code blocks', () => {
    assert.deepEqual(runRule(invalidCss, fixture('invalid-css.silent.md')), []);
  });
  it('reports @import, which HedgeDoc strips', () => {
    assert.match(checkCss('@import url("https://example.org/a.css");\nh1 { color: red; }')[0].message, /removes @import/);
  });
  it('checkCss reports a stray closing brace and syntax errors', () => {
    assert.match(checkCss('a { color: red; } }')[0].message, /Unmatched "}"/);
    assert.ok(checkCss('a { color red; }').some((p) => /syntax error/.test(p.message)));
  });
});
