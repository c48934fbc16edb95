import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import type { Slide } from '../../../server/src/core/deck/model';
import { linksOutsideCode } from '../../../server/src/core/rules/linksOutsideCode';
import { findMarkdownLinks, type MarkdownLink } from '../../../server/src/core/text/markdownLinks';

const slide = (text: string) => parseDeck(text).slides[0];
const urls = (text: string, wanted: (l: MarkdownLink) => boolean = () => true) => linksOutsideCode(slide(text), wanted).map((l) => l.url);

describe('links outside code', () => {
  it('are the links of the masked text whenever one is wanted', () => {
    const texts = [
      '[a](a.md)\n\n    [b](b.md)\n\n```\n[c](c.md)\n```\n',
      '* x\n    * [a](a.md)\n\n> quote\n>\n>     [b](b.md)\n',
      '- x\n\n-     [a](a.md)\n\n[^1]: note\n\n    [b](b.md)\n',
      '# A\n\nnote: ```\n[a](a.md)\n```\n[b](b.md)',
      '[a](`x` y) `[b](b.md)` <!-- [c](c.md) -->',
    ];
    for (const text of texts) assert.deepEqual(linksOutsideCode(slide(text), () => true), findMarkdownLinks(slide(text).info.structure.masked), text);
    assert.deepEqual(urls(texts[0]), ['a.md']);
    assert.deepEqual(urls(texts[1]), ['a.md']);
    assert.deepEqual(urls(texts[3]), ['b.md']);
    assert.deepEqual(urls(texts[4]), ['y']);
  });

  it('skips markdown-it when no link of the raw text is wanted and nothing can mask part of a line', () => {
    const s = slide('# A\n\n* [a](https://e.org/a)\n    * detail\n');
    let read = 0;
    const counted = { ...s, content: s.content, info: { get structure() { read++; return s.info.structure; } } } as unknown as Slide;
    assert.deepEqual(linksOutsideCode(counted, (l) => !l.url.startsWith('https:')), []);
    assert.equal(read, 0);
    assert.deepEqual(linksOutsideCode(counted, () => true).map((l) => l.url), ['https://e.org/a']);
    assert.equal(read, 1);
    // With a backtick a code span can turn text into another link (`[a](`x` y)` links to y): always ask markdown-it.
    assert.deepEqual(urls('[a](`x` y)', (l) => l.url === 'y'), ['y']);
  });
});
