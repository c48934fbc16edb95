// Math as markdown-it-mathjax 2.0.0 reads it with HedgeDoc's options: the analysis that rules and the outline share
// must see a formula as math, not as emphasis, HTML, code or a shortcode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSlide } from '../../../server/src/core/deck/slideInfo';
import { analyseStructure } from '../../../server/src/core/deck/slideStructure';
import { strippedHtml } from '../../../server/src/core/rules/strippedHtml';
import { unknownEmoji } from '../../../server/src/core/rules/unknownEmoji';
import { ourHeadings, renderedHeadings } from '../../fuzz/renderedHeadings';
import { runRule } from '../rules/helpers';

const math = (text: string) => analyseStructure(text).inline.filter((r) => r.kind === 'math').map((r) => text.slice(r.start, r.end));

describe('math in the slide analysis', () => {
  it('finds every form HedgeDoc typesets, in prose, lists, tables and headings', () => {
    assert.deepEqual(math('a $x$ b $$y$$ c \\\\(z\\\\) d \\\\[w\\\\] e \\begin{align}a&=b\\end{align}'), ['$x$', '$$y$$', '\\\\(z\\\\)', '\\\\[w\\\\]', '\\begin{align}a&=b\\end{align}']);
    assert.deepEqual(math('- item $a_1$\n\n| h | $b$ |\n|---|---|\n| $c<d$ | x |\n\n## Euler $e^{i\\pi}$'), ['$a_1$', '$b$', '$c<d$', '$e^{i\\pi}$']);
  });

  it('leaves alone what is not math: escaped or spaced dollars, prices, one backslash, code', () => {
    assert.deepEqual(math('costs \\$5 and \\$10, $5 and $10, a $ b $ c, \\(x\\), `$y$`'), []);
  });

  it('blanks formulas for the rules that read prose', () => {
    assert.equal(analyseStructure('a $x_1$ b').masked, 'a       b');
    assert.equal(analyseStructure('$$\\frac{a}{b}$$\n`c`').masked, '               \n   ');
  });

  it("reads `_` and `*` inside a formula as TeX, not emphasis, in a heading's text", () => {
    const text = '# Sum $a_1 + a_2$ and $x*y*z$';
    assert.deepEqual(analyseSlide(text).headings.map((h) => h.text), ['Sum a_1 + a_2 and x*y*z']);
    assert.deepEqual(ourHeadings(text, analyseSlide(text).headings), renderedHeadings(text));
    assert.deepEqual(analyseSlide('Energy $$E = mc^2$$\n===').headings.map((h) => h.text), ['Energy E = mc^2']);
  });

  it('keeps rules quiet about HTML and shortcodes inside a formula', () => {
    assert.deepEqual(runRule(strippedHtml, '# T\n\n$a <input> b$ and $c <p align="x"> d$\n'), []);
    assert.deepEqual(runRule(unknownEmoji, '# T\n\n$a:tade:b$ and $$:nosuch:$$\n'), []);
    // Outside a formula they still speak.
    assert.equal(runRule(unknownEmoji, '# T\n\n$a$ :tade:\n').length, 1);
  });
});
