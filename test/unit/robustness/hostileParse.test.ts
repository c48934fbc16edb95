import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outline, parseDeck } from '../../../server/src/core';

/** Parses and asserts it finished within `ms` (a hang or a quadratic blow-up fails, not a slow machine). */
function parsesWithin(text: string, ms: number) {
  const t = performance.now();
  const deck = parseDeck(text);
  outline(deck);
  const took = performance.now() - t;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms`);
  return deck;
}

describe('hostile input to the parser', () => {
  it('a YAML alias bomb is loaded without expansion', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const deck = parsesWithin(`---\n${levels.join('\n')}\n---\n# A`, 1000);
    assert.equal(deck.frontMatter?.recognised, true);
  });
  it('deeply nested YAML is refused like js-yaml refuses it, quickly', () => {
    const deck = parsesWithin(`---\nx: ${'['.repeat(100_000)}\n---\n# A`, 1000);
    assert.equal(deck.frontMatter?.problem, 'yaml-error');
    assert.match(deck.frontMatter!.errors[0].message, /maxDepth/);
  });
  it('a 100,000-character line', () => {
    parsesWithin(`# ${'x'.repeat(100_000)}\n\n---\n\n${'a '.repeat(50_000)}`, 1000);
    parsesWithin(`# ${' '.repeat(100_000)}x`, 1000);
    parsesWithin(`x: ${'['.repeat(100_000)}\n---\n`, 1000);
  });
  it('10,000 emoji on one slide', () => {
    parsesWithin(':tada: '.repeat(10_000), 1000);
  });
  it('NUL bytes, lone surrogates and replacement characters', () => {
    const deck = parsesWithin('a\u0000b\n\n---\n\n\uD800 \uFFFD\u0000', 1000);
    assert.equal(deck.slides.length, 2);
  });
  it('mixed CRLF, LF and CR line endings split like LF', () => {
    const deck = parsesWithin('# A\r\n\r---\n\r\n# B\r\r----\r\n\n# C', 1000);
    assert.deepEqual(deck.slides.map((s) => s.info.title), ['A', 'B', 'C']);
    assert.deepEqual(deck.range(deck.slides[2].separator!.start, deck.slides[2].separator!.end).start, { line: 6, character: 0 });
  });
  it('unterminated fences, comments and front matter', () => {
    parsesWithin('```\n'.repeat(50_000), 2000);
    parsesWithin('<!-- '.repeat(50_000), 1000);
    const deck = parsesWithin('---\ntitle: x\n# A\n\n---\n\n# B', 1000);
    assert.equal(deck.frontMatter?.problem, undefined, 'the separator closes it: HedgeDoc ends front matter at the first \\n---');
    assert.equal(parsesWithin('---\ntitle: x\n# A', 1000).frontMatter?.problem, 'unterminated');
  });
  it('a 5 MB deck (the default size cap) parses in well under the cap time', () => {
    parsesWithin('## Topic\n\n* point with some words in it\n    * detail\n\n---\n\n'.repeat(5e6 / 60), 5000);
  });
});
