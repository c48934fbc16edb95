// The one reading of a slide's Markdown that rules and features share: markdown-it's tokens, with positions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { analyseSlide } from '../../../server/src/core/deck/slideInfo';
import { analyseStructure } from '../../../server/src/core/deck/slideStructure';
import { renderDeck } from '../../../server/src/core/render';
import { unknownEmoji } from '../../../server/src/core/rules/unknownEmoji';
import { runRule } from '../rules/helpers';

const masked = (text: string) => analyseStructure(text).masked;
const spans = (text: string, kind: 'code' | 'html') => analyseStructure(text).inline.filter((r) => r.kind === kind).map((r) => text.slice(r.start, r.end));

describe('slide structure from markdown-it tokens', () => {
  it('blanks fences, indented code, code spans and comments, keeping offsets and line breaks', () => {
    assert.equal(masked('a `:x:` b'), 'a       b');
    assert.equal(masked('x\n```js\n<b>\n```\ny'), 'x\n     \n   \n   \ny');
    assert.equal(masked('~~~\n:tada:\n'), '   \n      \n');
    assert.equal(masked('<!-- .slide: x -->\n\ny <!-- z -->'), '                  \n\ny           ');
    assert.equal(masked('Text\n\n    real code\n'), 'Text\n\n             \n');
  });

  it('leaves alone what markdown-it does not read as code', () => {
    assert.equal(masked('* point\n    * nested, not code'), '* point\n    * nested, not code');
    assert.equal(masked('a ` b'), 'a ` b');
    assert.equal(masked('a `b\n\nc` d'), 'a `b\n\nc` d');
    assert.equal(masked('\\`not code\\`'), '\\`not code\\`');
    assert.equal(masked('<span title="`x`">'), '<span title="`x`">');
  });

  it('finds code spans and inline HTML inside containers, headings and tables', () => {
    const text = '> quoted `a`\n> more `b\n> c` end\n\n- item <b>x</b>\n  `d`\n\n## `e` ##\n\n| `f` | `f` |\n|---|---|\n| <i>g</i> | `h` |';
    assert.deepEqual(spans(text, 'code'), ['`a`', '`b\n> c`', '`d`', '`e`', '`f`', '`f`', '`h`']);
    assert.deepEqual(spans(text, 'html'), ['<b>', '</b>', '<i>', '</i>']);
  });

  it('reports fences and whether they close', () => {
    const s = analyseStructure('```\na\n```\n\n~~~\nopen');
    assert.deepEqual(s.blocks.map((b) => [b.kind, b.startLine, b.endLine, b.closed]), [['fence', 0, 2, true], ['fence', 4, 5, false]]);
  });

  it('reads attribute comments only where markdown-it passes HTML through, as the rendered slide does', () => {
    const text = '# A\n\n`<!-- .slide: data-x="code" -->`\n\n```\n<!-- .slide: data-y="fence" -->\n```\n\nText <!-- .element: class="a" -->\n\n<div>\n<!-- .slide: data-z="block" -->\n</div>';
    const info = analyseSlide(text);
    assert.deepEqual(info.slideComments.map((c) => c.attributes.map((a) => a.value)), [['block']]);
    assert.deepEqual(info.elementComments.map((c) => text.slice(c.start, c.end)), ['<!-- .element: class="a" -->']);
    assert.deepEqual(renderDeck(parseDeck(text), { emojiBase: 'e' }).slides[0].attributes, { 'data-z': 'block' });
  });

  it('keeps the slide and its speaker notes apart: headings are the slide\'s, code and comments cover both', () => {
    const text = '# Slide\n\nnote:\n# In the notes `x`\n<!-- .element: class="n" -->';
    const info = analyseSlide(text);
    assert.deepEqual(info.headings.map((h) => h.text), ['Slide']);
    assert.deepEqual(info.structure.inline.map((r) => text.slice(r.start, r.end)), ['`x`']);
    assert.deepEqual(info.structure.comments.map((r) => text.slice(r.start, r.end)), ['<!-- .element: class="n" -->']);
    assert.equal(info.elementComments.length, 1);
    assert.equal(info.structure.masked.length, text.length);
  });
});

describe('emoji shortcodes: one grammar for the renderer and unknown-emoji', () => {
  it('reads x:tada:y as an emoji in the preview, so x:tade:y is reported', () => {
    assert.match(renderDeck(parseDeck('x:tada:y'), { emojiBase: 'e' }).slides[0].html, /^<p>x<img class="emoji" alt=":tada:"[^>]*>y<\/p>/);
    assert.deepEqual(runRule(unknownEmoji, 'x:tade:y').map((f) => f.text), [':tade:']);
    // Glued to a word and not one edit from a real name, it is prose: HedgeDoc shows it as the text it is.
    assert.deepEqual(runRule(unknownEmoji, 'Project lead for ECO:DIGIT: someone'), []);
  });

  it('finds shortcodes where the renderer reads them, not in code, HTML, comments or link targets', () => {
    const text = '> quoted :tade: and `:nope:` <span title=":nope:">x</span> [l](https://e.org/:nope:) <https://e.org/:nope:>\n<!-- :nope: -->\n\n    :nope: in code';
    assert.deepEqual(analyseStructure(text).shortcodes.map((s) => text.slice(s.start, s.end)), [':tade:']);
    assert.deepEqual(runRule(unknownEmoji, text).map((f) => f.text), [':tade:']);
  });
});

describe('features that read the structure', () => {
  it('folds code fences and HTML blocks of a slide, as markdown-it reads them', async () => {
    const { foldingRanges } = await import('../../../server/src/core/features/folding');
    const deck = parseDeck('# A\n\n```\ncode\n```\n\n<div>\nx\n</div>\n\n---\n\n- item\n  ```\n  in item\n  ```\n');
    assert.deepEqual(foldingRanges(deck).map((r) => [r.startLine, r.endLine]), [[0, 8], [2, 4], [6, 8], [10, 15], [13, 15]]);
  });

  it('gives no completions inside code, fenced or indented, as markdown-it reads the slide', async () => {
    const { completeAt } = await import('../../../server/src/core/features/completion');
    const at = (text: string) => completeAt(parseDeck(text.replace('|', '')), text.indexOf('|')).length;
    assert.equal(at('# A\n\n```\nscs|\n```'), 0);
    assert.equal(at('# A\n\n- item\n  ```\n  done :ta|'), 0);
    assert.equal(at('# A\n\nText\n\n    done :ta|'), 0);
    assert.ok(at('# A\n\n```\ncode\n```\n\nscs|') > 0);
    assert.ok(at('# A\n\n* item\n    * nested, not code :ta|') > 0);
  });
});
