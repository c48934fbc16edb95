import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { syntheticDeck } from './helpers';

describe('slide content', () => {
  it('takes the first heading as the title, as text', () => {
    const deck = parseDeck('# <font color="#50c3a5">Sovereign</font> <font>Cloud Stack</font>\n\n---\n\nSub\n===\n\n---\n\n## **Team** [IaaS](x) - `Topic`');
    assert.deepEqual(deck.slides.map((s) => s.info.title), ['Sovereign Cloud Stack', 'Sub', 'Team IaaS - Topic']);
  });
  it('ignores headings inside code fences', () => {
    assert.equal(parseDeck('```\n# not a title\n```\n## Title').slides[0].info.title, 'Title');
    assert.equal(parseDeck('~~~~\n# not a title\n~~~\n# still code\n~~~~\n## Title').slides[0].info.title, 'Title');
  });
  it('a backtick run whose info string holds a backtick is inline code, not a fence (CommonMark)', () => {
    const deck = parseDeck('``` a`b\n# Title\n');
    assert.equal(deck.slides[0].info.title, 'Title');
    assert.deepEqual(deck.fences, []);
  });
  it('closes a fence only on blanks, the marker run and blanks, as markdown-it does', () => {
    assert.equal(parseDeck('```\n\u00a0```\n# still code\n```  \n# Title').slides[0].info.title, 'Title');
    const deck = parseDeck('```\n \u00a0```\n\n---\n\n# B');
    assert.equal(deck.fences.length, 1);
    assert.equal(deck.fences[0].closed, false);
    assert.equal(deck.nearMisses[0]?.reason, 'in-code-fence');
  });
  it('splits off speaker notes only when exactly one note: line exists (any case, also in code)', () => {
    assert.equal(parseDeck('# A\nNote: say hi\nmore').slides[0].info.notes, ' say hi\nmore');
    const two = parseDeck('# A\nnote: one\nNOTE: two').slides[0].info;
    assert.equal(two.notes, undefined);
    assert.equal(two.noteLines.length, 2);
    assert.equal(parseDeck('# A\n```\nnote: x\n```\nnote: y').slides[0].info.noteLines.length, 2);
    assert.equal(parseDeck('# A\n  note: indented').slides[0].info.noteLines.length, 0);
  });
  it('reads .slide and .element comments with the pairs HedgeDoc keeps', () => {
    const deck = parseDeck('<!-- .slide: data-background="#fff" data-x=\'no\' class="a b" -->\n# A\n\ntext <!-- .element: class="fragment" -->');
    const info = deck.slides[0].info;
    assert.deepEqual(info.slideComments[0].attributes.map((a) => [a.name, a.value]), [['data-background', '#fff'], ['class', 'a b']]);
    assert.deepEqual(info.elementComments[0].attributes.map((a) => [a.name, a.value]), [['class', 'fragment']]);
    const a = info.slideComments[0].attributes[1];
    assert.equal(deck.slides[0].content.slice(a.start, a.end), 'class="a b"');
  });
  it('a value with = is not a pair (a background URL with a query string fails)', () => {
    const info = parseDeck('<!-- .slide: data-background="https://x/a.png?a=b" -->').slides[0].info;
    assert.equal(info.slideComments[0].attributes.length, 0);
  });
  it('measures the leading whitespace that triggers the indentation quirk', () => {
    const deck = parseDeck('A\n\n---\n\n\n\nB\n\n---\n\n\nC\n\n---\n\n\tD');
    assert.deepEqual(deck.slides.map((s) => s.info.leadingWhitespace), [0, 2, 1, 1]);
    assert.equal(deck.slides[3].info.leadingTabs, 1);
  });
});

describe('positions', () => {
  it('parses CRLF input on LF-normalised text and reports positions valid in the original', () => {
    const source = '---\r\ntitle: x\r\n---\r\n# A\r\n\r\n---\r\n\r\n# B\r\n';
    const deck = parseDeck(source);
    assert.equal(deck.frontMatter?.recognised, true);
    assert.deepEqual(deck.slides.map((s) => s.info.title), ['A', 'B']);
    const sep = deck.slides[1].separator!;
    assert.deepEqual(deck.range(sep.start, sep.end), { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } });
    assert.equal(source.split('\r\n')[5], '---');
  });
  it('handles lone CR line breaks', () => {
    assert.deepEqual(parseDeck('# A\r\r---\r\r# B').slides.map((s) => s.info.title), ['A', 'B']);
  });
  it('handles an empty file', () => {
    const deck = parseDeck('');
    assert.equal(deck.slides.length, 1);
    assert.equal(deck.frontMatter, undefined);
    assert.equal(deck.slideAt(0).index, 0);
  });
  it('finds the slide under an offset', () => {
    const deck = parseDeck('A\n\n---\n\nB\n\n---\n\nC');
    assert.deepEqual([0, 3, 5, 7, 11].map((o) => deck.slideAt(o).index), [0, 1, 1, 1, 2]);
  });
  it('parses a 1 MB deck of 10,000 slides', () => {
    const text = syntheticDeck(10_000);
    assert.ok(text.length > 900_000);
    const deck = parseDeck(text);
    assert.equal(deck.slides.length, 10_000);
    assert.equal(deck.columns.length, 8_001);
  });
  it('reuses the analysis of unchanged slides from the previous parse', () => {
    const a = parseDeck('# A\n\n---\n\n# B\n\n---\n\n# C');
    const b = parseDeck('# A\n\n---\n\n# B!\n\n---\n\n# C', a);
    assert.equal(b.slides[0].info, a.slides[0].info);
    assert.notEqual(b.slides[1].info, a.slides[1].info);
    assert.equal(b.slides[2].info, a.slides[2].info);
  });
});

describe('attribute comments across lines', () => {
  it('reads pairs only up to the end of the line that holds .slide: (the m-flag $ of reveal-markdown)', () => {
    const info = parseDeck('<!-- .slide: data-a="1"\n data-b="2" -->').slides[0].info;
    assert.deepEqual(info.slideComments[0].attributes.map((a) => a.name), ['data-a']);
    const next = parseDeck('<!-- .slide:\n  data-c="3" -->').slides[0].info;
    assert.deepEqual(next.slideComments[0].attributes.map((a) => a.name), ['data-c']);
  });
});
