import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { colourCode } from '../../../server/src/core/render/codeColours';
import { renderMarkdown } from '../../../server/src/core/render/markdown';

const fence = (info: string, code: string) => renderMarkdown('```' + info + '\n' + code + '```\n', { emojiBase: 'e' });
const text = (html: string) => html.replace(/<\/?span[^>]*>/g, '');

describe('code colours: fences as HedgeDoc colours them', () => {
  it('colours a fence whose language is a highlight.js name with that language', () => {
    const html = fence('python', 'def f(x):\n    return x\n');
    assert.match(html, /<code class="python hljs"><span class="hljs-keyword">def<\/span>/);
    assert.equal(text(html), '<pre><code class="python hljs">def f(x):\n    return x\n</code></pre>\n');
  });

  it('lets highlight.js guess for an alias, as HedgeDoc only looks up names', () => {
    const code = 'let x = [1, 2].map((n) => n * 2);\n';
    assert.equal(colourCode(code, 'js'), colourCode(code, 'no-such-language'));
    assert.notEqual(colourCode(code, 'js'), colourCode(code, 'javascript'));
  });

  it('guesses for text and nohighlight fences too, which HedgeDoc only spares from line numbers', () => {
    assert.match(fence('text', 'SELECT name FROM users WHERE id = 1;\n'), /hljs-keyword/);
  });

  it('leaves fences without a language and diagrams alone', () => {
    assert.equal(fence('', 'def f(): pass\n'), '<pre><code>def f(): pass\n</code></pre>\n');
    for (const lang of ['mermaid', 'graphviz', 'abc', 'sequence', 'flow']) assert.equal(colourCode('graph TD; A-->B\n', lang), undefined, lang);
    assert.doesNotMatch(fence('=', 'def f(): pass\n'), /hljs-/);
  });

  it('colours the code beside a line-number gutter, not the gutter', () => {
    const html = fence('python=3', 'import os\nprint(1)\n');
    assert.match(html, /<div class='gutter linenumber'><span data-linenumber='3'><\/span>\n<span data-linenumber='4'><\/span><\/div>/);
    assert.match(html, /<div class='code'><span class="hljs-keyword">import<\/span> os\n/);
  });

  it('escapes what it colours', () => {
    assert.doesNotMatch(fence('python', 'x = "<b>"\n'), /<b>/);
  });
});

describe('code colours: the cost of guessing', () => {
  it('guesses only for code short enough, colouring longer code only by a named language', () => {
    const long = 'let a = 1;\n'.repeat(300);
    assert.equal(colourCode(long, 'js'), undefined);
    assert.match(colourCode(long, 'javascript') ?? '', /hljs-keyword/);
  });
});
