import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { chunks } from './helpers';

// Spec §2.
describe('front matter (HedgeDoc §2)', () => {
  it('is recognised at byte 0 and stripped; the body starts right after the closing three characters', () => {
    const deck = parseDeck('---\ntitle: x\n---\n# A\n');
    assert.equal(deck.frontMatter?.recognised, true);
    assert.equal(deck.bodyStart, 16);
    assert.deepEqual(chunks('---\ntitle: x\n---\n# A\n'), ['\n# A\n']);
    assert.deepEqual(deck.frontMatter?.data, { title: 'x' });
  });
  it('ends at the first \\n--- even mid-line (\\n----, \\n---x) and at \\n...', () => {
    assert.equal(parseDeck('---\na: 1\n----\nB').bodyStart, 12);
    assert.deepEqual(chunks('---\na: 1\n----\nB'), ['-\nB']);
    assert.deepEqual(chunks('---\na: 1\n---x\nB'), ['x\nB']);
    assert.deepEqual(chunks('---\na: 1\n...\nB'), ['\nB']);
  });
  it('is not recognised after a blank line, a space or a BOM, but is still found for diagnostics', () => {
    for (const prefix of ['\n', ' ', '\uFEFF', '\n\n  ']) {
      const text = `${prefix}---\ntitle: x\ntype: slide\n---\n\n# A`;
      const deck = parseDeck(text);
      assert.equal(deck.frontMatter?.recognised, false, JSON.stringify(prefix));
      assert.equal(deck.frontMatter?.problem, 'not-at-start');
      assert.equal(deck.frontMatter?.start, prefix.length);
      assert.equal(deck.bodyStart, 0, 'the whole text is the body');
    }
  });
  it('on a YAML error strips nothing and keeps the parser position', () => {
    const text = '---\ntitle: [x\n---\n\n# A\n\n---\n\n# B';
    const deck = parseDeck(text);
    assert.equal(deck.frontMatter?.recognised, false);
    assert.equal(deck.frontMatter?.problem, 'yaml-error');
    assert.equal(deck.bodyStart, 0);
    assert.ok(deck.frontMatter!.errors.length > 0);
    assert.ok(deck.frontMatter!.errors[0].start >= 4 && deck.frontMatter!.errors[0].start <= 16);
    assert.equal(deck.slides[0].content.startsWith('---\ntitle: [x'), true);
  });
  it('rejects what js-yaml rejects, such as duplicate keys', () => {
    assert.equal(parseDeck('---\na: 1\na: 2\n---\n').frontMatter?.problem, 'yaml-error');
  });
  it('quirk: a deck whose first line is --- loses everything up to the next ---', () => {
    const deck = parseDeck('---\n# Hello\n\n---\n\n# World');
    assert.equal(deck.frontMatter?.recognised, true);
    assert.equal(deck.frontMatter?.data, null);
    assert.deepEqual(deck.slides.map((s) => s.info.title), ['World']);
  });
  it('an unterminated front matter is not recognised', () => {
    const deck = parseDeck('---\ntitle: x\n# A');
    assert.equal(deck.frontMatter?.problem, 'unterminated');
    assert.equal(deck.bodyStart, 0);
  });
  it('keeps positions through the yaml document', () => {
    const deck = parseDeck('---\ntitle: x\nslideOptions:\n  theme: wite\n---\n');
    const doc = deck.frontMatter!.document;
    const theme = doc.getIn(['slideOptions', 'theme'], true) as { range: [number, number] };
    assert.equal(deck.text.slice(theme.range[0] + deck.frontMatter!.yamlOffset, theme.range[1] + deck.frontMatter!.yamlOffset), 'wite');
  });
  it('a file with only front matter has one empty slide', () => {
    const deck = parseDeck('---\ntitle: x\n---\n');
    assert.equal(deck.frontMatter?.recognised, true);
    assert.deepEqual(chunks('---\ntitle: x\n---\n'), ['\n']);
  });
});
