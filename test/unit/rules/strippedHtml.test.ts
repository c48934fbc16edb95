import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strippedHtml } from '../../../server/src/core/rules/strippedHtml';
import { applyFixes, fixture, runRule } from './helpers';
import { ALL_DECKS, deckFixture } from '../../deckFixtures';

describe('stripped-html', () => {
  it('reports disallowed tags, dropped attributes and javascript: URLs, saying what the audience sees', () => {
    const found = runRule(strippedHtml, fixture('stripped-html.md'));
    assert.deepEqual(found.map((f) => f.text), ['align="center"', 'onclick="track()"', 'javascript:alert(1)', 'rel="noopener"', '<input type="checkbox">']);
    assert.match(found[0].message, /drops the "align" attribute of <p>: the alignment is lost/);
    assert.match(found[1].message, /event handler never runs/);
    assert.match(found[2].message, /empties this javascript: URL/);
    assert.match(found[4].message, /sees "<input type="checkbox">" as text/);
  });
  it('removes a dropped attribute with its fix', () => {
    const text = '<p align="center">x</p>';
    assert.equal(applyFixes(text, runRule(strippedHtml, text)), '<p>x</p>');
  });
  it('reports a script tag pair as text', () => {
    const found = runRule(strippedHtml, 'a <script>alert(1)</script>');
    assert.deepEqual(found.map((f) => f.text), ['<script>', '</script>']);
    assert.match(found[0].message, /Nothing in it runs/);
  });
  it('stays silent on allowed HTML, prose in angle brackets, code and comments', () => {
    assert.deepEqual(runRule(strippedHtml, fixture('stripped-html.silent.md')), []);
    for (const name of ALL_DECKS) {
      assert.deepEqual(runRule(strippedHtml, deckFixture(name)), [], name);
    }
  });
  it('leaves a slip that swallows text to swallowed-text instead of reporting each word as an attribute', () => {
    assert.deepEqual(runRule(strippedHtml, '* now a<b than before\n\n---\n\n# Team Ops\n\n* this -> ends it'), []);
    assert.deepEqual(runRule(strippedHtml, 'if x<b then y> z'), []);
    assert.deepEqual(runRule(strippedHtml, 'a <b onclick="x()">bold</b>').map((f) => f.text), ['onclick="x()"']);
  });
  it('stays silent on a bare tag named in prose, which HedgeDoc shows as the text that was meant', () => {
    assert.deepEqual(runRule(strippedHtml, 'Autolink using the <link> syntax is not supported.'), []);
    assert.deepEqual(runRule(strippedHtml, '<link rel="stylesheet" href="./a.css">').map((f) => f.text), ['<link rel="stylesheet" href="./a.css">']);
    assert.deepEqual(runRule(strippedHtml, '<link>\n\ntext').map((f) => f.text), ['<link>']);
  });
});
