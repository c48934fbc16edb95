import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outline, parseDeck } from '../../../server/src/core';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { chunks, places } from './helpers';

// Every example of spec §3, one test each.
describe('slide separators (HedgeDoc §3)', () => {
  it('A\\n---\\nB does not split (setext h2)', () => {
    assert.deepEqual(chunks('A\n---\nB'), ['A\n---\nB']);
  });
  it('A\\n\\n---\\nB does not split (hr)', () => {
    assert.deepEqual(chunks('A\n\n---\nB'), ['A\n\n---\nB']);
  });
  it('A\\n---\\n\\nB does not split', () => {
    assert.deepEqual(chunks('A\n---\n\nB'), ['A\n---\n\nB']);
  });
  it('A\\n\\n---\\n\\nB splits', () => {
    assert.deepEqual(chunks('A\n\n---\n\nB'), ['A\n', '\nB']);
  });
  it('a separator at the end of input followed by a newline splits, leaving an empty last slide', () => {
    assert.deepEqual(chunks('A\n\n---\n'), ['A\n', '']);
  });
  it('a separator at the end of input without a newline does not split', () => {
    assert.deepEqual(chunks('A\n\n---'), ['A\n\n---']);
    const deck = parseDeck('A\n\n---');
    assert.equal(deck.nearMisses[0].reason, 'end-of-file');
  });
  it('two separators in a row give an empty slide', () => {
    assert.deepEqual(chunks('A\n\n---\n\n---\n\nB'), ['A\n', '', '\nB']);
  });
  it('needs exactly three or four dashes with no spaces', () => {
    assert.equal(chunks('A\n\n--- \n\nB').length, 1);
    assert.equal(chunks('A\n\n -- -\n\nB').length, 1);
    assert.equal(chunks('A\n\n-----\n\nB').length, 1);
    assert.equal(chunks('A\n\n***\n\nB').length, 1);
    assert.equal(chunks('A\n\n___\n\nB').length, 1);
  });
  it('a whitespace-only line is not an empty line', () => {
    assert.equal(chunks('A\n \n---\n\nB').length, 1);
    assert.equal(parseDeck('A\n \n---\n\nB').nearMisses[0].reason, 'no-blank-before');
  });
  it('builds vertical stacks: H1 --- H2 ---- V1 --- H3 is [H1], [H2, V1], [H3]', () => {
    const deck = parseDeck('H1\n\n---\n\nH2\n\n----\n\nV1\n\n---\n\nH3');
    assert.deepEqual(deck.columns.map((c) => c.map((s) => s.content.trim())), [['H1'], ['H2', 'V1'], ['H3']]);
    assert.deepEqual(places(deck), ['0/0', '1/0', '1/1', '2/0']);
    assert.deepEqual(deck.slides.map((s) => s.label), ['1', '2.1', '2.2', '3']);
  });
  it('a deck that starts with ---- stacks its first slide', () => {
    const deck = parseDeck('A\n\n----\n\nB\n\n----\n\nC');
    assert.deepEqual(places(deck), ['0/0', '0/1', '0/2']);
  });
  it('splits inside code fences, and reports it', () => {
    const text = 'A\n\n```\ncode\n\n---\n\nmore\n```\n';
    assert.deepEqual(chunks(text), ['A\n\n```\ncode\n', '\nmore\n```\n']);
    const deck = parseDeck(text);
    assert.equal(deck.slides[1].separator?.inFence, true);
    assert.deepEqual(deck.nearMisses.map((n) => [n.reason, n.splits, n.line]), [['in-code-fence', true, 5]]);
  });
  it('does not report a non-splitting dash line inside a fence', () => {
    assert.deepEqual(parseDeck('```\na\n---\nb\n```\n').nearMisses, []);
  });
  it('reports near misses with their reasons', () => {
    const deck = parseDeck('* item\n----\n\nB\n\n---\nC\n\n---  \n\nD');
    assert.deepEqual(deck.nearMisses.map((n) => [n.line, n.kind, n.reason]), [
      [1, 'vertical', 'no-blank-before'],
      [5, 'horizontal', 'no-blank-after'],
      [8, 'horizontal', 'trailing-space'],
    ]);
  });
  it('records the opening separator of each slide', () => {
    const deck = parseDeck('A\n\n---\n\nB\n\n----\n\nC');
    assert.equal(deck.slides[0].separator, undefined);
    assert.deepEqual([deck.slides[1].separator?.line, deck.slides[1].separator?.kind], [2, 'horizontal']);
    assert.deepEqual([deck.slides[2].separator?.line, deck.slides[2].separator?.kind], [6, 'vertical']);
    const sep = deck.slides[2].separator!;
    assert.equal(deck.text.slice(sep.start, sep.end), '----');
  });
  it('slide spans tile the body in order', () => {
    const text = '---\ntitle: t\n---\nA\n\n---\n\nB\n\n----\n\n\nC\n';
    const deck = parseDeck(text);
    let at = deck.bodyStart;
    for (const s of deck.slides) {
      assert.equal(s.start, at);
      assert.ok(s.contentStart >= s.start && s.contentEnd === s.end);
      at = s.end;
    }
    assert.equal(at, text.length);
  });
});

describe('separators inside a tag HedgeDoc sanitises away (it sanitises before it splits)', () => {
  it('does not split inside an allowed tag, and says which separators it swallowed', () => {
    const deck = parseDeck('# A a<b c\n\n---\n\nB\n\n----\n\nC> d\n\n---\n\n# E');
    assert.deepEqual(deck.slides.map((s) => s.label), ['1', '2']);
    assert.deepEqual(deck.swallowedSeparators.map((at) => deck.text.slice(at, at + 4)), ['---\n', '----']);
    assert.deepEqual(deck.nearMisses, [], 'the swallowed separators are the swallowed-text rule\'s, not near misses');
  });
  it('swallows every later separator when no > follows', () => {
    assert.equal(parseDeck('A a<i\n\n---\n\nB\n\n---\n\nC').slides.length, 1);
  });
  it('still splits inside comments, disallowed tags and a value left open, which HedgeDoc shows as text', () => {
    assert.equal(parseDeck('<!-- x\n\n---\n\n-->').slides.length, 2);
    assert.equal(parseDeck('a<x y\n\n---\n\nz> w').slides.length, 2);
    assert.equal(parseDeck('<a title="x\n\n---\n\ny').slides.length, 2);
  });
});

describe('separator lines in a deck that starts with a blank line', () => {
  it('numbers each separator by its own line, inside the front matter HedgeDoc did not read too', () => {
    assert.deepEqual(outline(parseDeck('\n---\n\n# A\n\n---\n\n# B\n')).map((s) => s.line), [1, 2, 6]);
    const broken = parseDeck('\n---\n\ntitle: x\ntype: slide\n---\n\n# A\n\n---\n\n# B\n');
    assert.deepEqual(broken.slides.map((s) => s.separator?.line), [undefined, 1, 9]);
  });
  it('says there is no front matter when the empty first slide has none', () => {
    const d = lintDeck(parseDeck('\n---\n\n# A\n'), { only: ['empty-slide'] });
    assert.match(d[0].message, /only blank lines come before the first separator/);
  });
});
