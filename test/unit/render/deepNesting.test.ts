import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewestFirstStack, parseHtml } from '../../../server/src/core/render/parseHtml';
import { renderStandaloneHtml } from '../../../server/src/core/render';
import { render } from './helpers';

/** Renders a deck and returns the first slide's HTML and the time it took. */
function timed(deck: string): { html: string; ms: number } {
  const start = performance.now();
  const html = render(deck).slides[0].html;
  return { html, ms: performance.now() - start };
}

function depthOf(html: string, tag: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(new RegExp(`<(/?)${tag}\\b`, 'g'))) max = Math.max(max, (depth += m[1] ? -1 : 1));
  return max;
}

describe('render: deep nesting', () => {
  for (const n of [3_000, 100_000]) {
    it(`renders ${n.toLocaleString('en')} nested <div> with attribute comments, without recursion and in linear time`, () => {
      const deck = `# T\n\n${'<div>'.repeat(n)}x <!-- .element: class="deep" -->${'</div>'.repeat(n)}`;
      const { html, ms } = timed(deck);
      assert.equal(depthOf(html, 'div'), n);
      assert.ok(html.includes('<div class="deep">x <!--'), 'the comment sets the class of the innermost div');
      assert.ok(ms < 10_000, `${Math.round(ms)} ms`);
    });
  }

  it('renders 10,000 nested blockquotes and lists (markdown-it stops nesting at its maxNesting, as in HedgeDoc)', () => {
    for (const [deck, tag] of [[`# T\n\n${'> '.repeat(10_000)}x`, 'blockquote'], [`# T\n\n${'- '.repeat(10_000)}x`, 'ul'], [`# T\n\n${'> - '.repeat(5_000)}x`, 'blockquote']] as const) {
      const { html, ms } = timed(deck);
      assert.ok(depthOf(html, tag) > 10, tag);
      assert.ok(ms < 5_000, `${Math.round(ms)} ms`);
    }
  });

  it('exports 100,000 nested <div> around a link: the offline frame guard parses and writes without recursion', () => {
    const n = 100_000;
    const deck = render(`---\ntype: slide\n---\n${'<div>'.repeat(n)}<a href="https://example.org/">x</a>${'</div>'.repeat(n)}\n`);
    const html = renderStandaloneHtml(deck, { revealJs: '', revealCss: '', themeCss: '', nonce: 'n' });
    assert.equal(depthOf(html, 'div'), n + 2, 'the slide divs inside .reveal and .slides');
    assert.match(html, /<a href="https:\/\/example.org\/"[^>]*>x<\/a>/);
  });

  it('parses 100,000 nested elements with stray end tags in linear time', () => {
    const html = `${'<div><span>'.repeat(50_000)}${'</p></b>'.repeat(50_000)}x${'</span></div>'.repeat(50_000)}`;
    const start = performance.now();
    const doc = parseHtml(html);
    assert.ok(performance.now() - start < 5_000);
    assert.equal(doc.children.length, 1);
  });

  it('keeps the newest element first, like the array the parser expects', () => {
    const stack = new NewestFirstStack();
    stack.unshift('div');
    stack.unshift('p');
    stack.unshift('div');
    assert.equal(stack[0], 'div');
    assert.equal(stack.length, 3);
    assert.equal(stack.indexOf('p'), 1);
    assert.equal(stack.indexOf('span'), -1);
    assert.equal(stack.shift(), 'div');
    assert.equal(stack.indexOf('div'), 1);
    stack.length = 0;
    assert.equal(stack[0], undefined);
    assert.equal(stack.indexOf('div'), -1);
  });
});
