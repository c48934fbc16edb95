import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { applyEdits } from '../../../server/src/core/rules/applyEdits';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { deckFixture, TEMPLATE } from '../../deckFixtures';
import { lintText } from './lintHelpers';

const FM = '---\ntitle: Cases\ntype: slide\n---\n';

describe('front-matter and structure rules: particular cases', () => {
  it('front matter after a BOM: reported, and the fix removes the BOM (one by one: it renumbers slides)', () => {
    const text = '\uFEFF' + FM + '\n# A\n';
    const d = lintText(text, { only: ['front-matter-not-at-start'] });
    assert.match(d[0].message, /byte-order mark/);
    assert.equal(applyEdits(text, lintDeck(parseDeck(text), { only: ['front-matter-not-at-start'] })[0].fixes[0].edits), FM + '\n# A\n');
    assert.equal(fixAll(text, { only: ['front-matter-not-at-start'] }).changed, false);
  });
  it('the template\'s first slide (two blank lines, then indented <style>) is silent for the whitespace quirk', () => {
    const template = deckFixture(TEMPLATE);
    assert.deepEqual(lintText(template, { only: ['leading-whitespace-quirk'] }), []);
    // The same opening with a nested list in that slide does change what the audience sees.
    const broken = template.replace('</style>\n', '</style>\n\n* top\n    * nested\n');
    assert.equal(lintText(broken, { only: ['leading-whitespace-quirk'] }).length, 1);
  });
  it('the quirk also fires for two spaces inside a sentence and for leading tabs', () => {
    assert.equal(lintText(FM + '\n# A\n\n---\n\n\n\n# B\n\nOne  two\n', { only: ['leading-whitespace-quirk'] }).length, 1);
    assert.equal(lintText(FM + '\n# A\n\n---\n\n\t# B\n\n\tindented\n', { only: ['leading-whitespace-quirk'] }).length, 1);
    assert.deepEqual(lintText(FM + '\n# A\n\n---\n\n\n\n# B\n\nNo double spaces.\n', { only: ['leading-whitespace-quirk'] }), []);
  });
  it('`----` right under a list item is always reported, `---` under a paragraph too', () => {
    const d = lintText(FM + '\n# A\n\n* item\n----\n\n## B\n\nText\n---\n\n# C\n', { only: ['separator-near-miss'] });
    assert.deepEqual(d.map((x) => x.line), [9, 14]);
    assert.match(d[0].message, /glues the next slide/);
    assert.match(d[1].message, /becomes a heading/);
  });
  it('a trailing separator with a final newline is an empty slide; without one a stray line', () => {
    assert.deepEqual(lintText(FM + '\n# A\n\n---\n').map((d) => d.rule), ['empty-slide']);
    assert.deepEqual(lintText(FM + '\n# A\n\n---').map((d) => d.rule), ['separator-near-miss']);
    assert.equal(fixAll(FM + '\n# A\n\n---').text, FM + '\n# A\n');
  });
  it('a comment spanning two separators is one diagnostic, fixed in one round, and nothing leaks afterwards', () => {
    const text = FM + '\n# A\n\n<!--\n\n---\n\n# Old 1\n\n---\n\n# Old 2\n-->\n\n---\n\n# B\n';
    assert.equal(lintText(text, { only: ['comment-spans-separator'] }).length, 1);
    const fixed = fixAll(text, { only: ['comment-spans-separator'] });
    assert.equal(fixed.rounds, 1);
    assert.deepEqual(lintText(fixed.text, { only: ['comment-spans-separator'] }), []);
    assert.ok(!fixed.text.includes('-->\n\n---\n\n# Old'));
  });
  it('single-quoted YAML keeps its quotes in fixes', () => {
    const text = "---\ntype: slide\nslideOptions:\n  transition: 'slides'\n---\n# A\n";
    assert.equal(fixAll(text, { only: ['front-matter-invalid-value'] }).text, "---\ntype: slide\nslideOptions:\n  transition: 'slide'\n---\n# A\n");
  });
  it('a YAML error is reported at the parser position and says HedgeDoc strips nothing', () => {
    const d = lintText('---\ntitle: x\n  bad: indent\n---\n# A\n', { only: ['front-matter-yaml-error'] });
    assert.equal(d.length, 1);
    assert.match(d[0].message, /strips nothing/);
    assert.ok(d[0].line >= 2 && d[0].line <= 3);
  });
});

describe('attribute-comment-dropped: particular cases', () => {
  it('says nothing about an empty value: dropped or kept, it changes nothing on the slide', () => {
    assert.deepEqual(lintText('# A\n\n<!-- .slide: data-background="" -->\n', { only: ['attribute-comment-dropped'] }), []);
    assert.equal(lintText("# A\n\n<!-- .slide: data-background='x.png' -->\n", { only: ['attribute-comment-dropped'] }).length, 1);
  });
});
