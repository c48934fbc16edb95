// Math markup as HedgeDoc 1.12 writes it (markdown-it-mathjax 2.0.0 with its wrappers, through its sanitiser), and
// MathJax in the exported file only when a deck has math.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStandaloneHtml } from '../../../server/src/core/render';
import { hasMath, MATHJAX_CONFIG } from '../../../server/src/core/render/mathjax';
import { analyseStructure } from '../../../server/src/core/deck/slideStructure';
import { markdown } from '../../../server/src/core/render/markdown';
import { exportHtml } from '../../../server/src/export/exportHtml';
import { findMedia } from '../../../server/src/export/media';
import { render, slidesHtml } from './helpers';

describe('render: math', () => {
  it('wraps each formula in the span HedgeDoc typesets, with TeX delimiters inside', () => {
    const [html] = slidesHtml('Inline $E = mc^2$ and\n\n$$\\sum_k k$$\n\n\\\\(a_1\\\\), \\\\[b\\\\], \\begin{align}x&=y\\end{align}');
    assert.equal(
      html,
      '<p>Inline <span class="mathjax raw">\\(E = mc^2\\)</span> and</p>\n<p><span class="mathjax raw">\\[\\sum_k k\\]</span></p>\n' +
        '<p><span class="mathjax raw">\\(a_1\\)</span>, <span class="mathjax raw">\\[b\\]</span>, <span class="mathjax raw">\\begin{align}x&amp;=y\\end{align}</span></p>\n',
    );
  });

  it('escapes the TeX as text, keeps no Markdown inside, and leaves what is not math as HedgeDoc does', () => {
    const [html] = slidesHtml('$a<b>c$ $x_1 *y*$ and `$z$`, \\$5, $5 and $10, \\(p\\), $\\frac{1}{$');
    assert.equal(
      html,
      '<p><span class="mathjax raw">\\(a&lt;b&gt;c\\)</span> <span class="mathjax raw">\\(x_1 *y*\\)</span> and <code>$z$</code>, $5, $5 and $10, (p), <span class="mathjax raw">\\(\\frac{1}{\\)</span></p>\n',
    );
  });

  it('reads openers without a closer in time linear in the paragraph (the plugin alone took 15 s for these 120 KB)', () => {
    for (const unit of ['\\\\( ', '\\\\[ ', '\\begin{x} ', '\\begin{x ']) {
      const text = unit.repeat(120_000 / unit.length);
      const t0 = performance.now();
      const html = markdown().render(text, { emojiBase: 'e' });
      void analyseStructure(text).masked;
      const ms = performance.now() - t0;
      assert.doesNotMatch(html, /mathjax/);
      assert.ok(ms < 3000, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
    }
    // With a closer, the first opener takes everything up to it, as the plugin does.
    assert.equal(slidesHtml('\\\\( a \\\\( b \\\\) c')[0], '<p><span class="mathjax raw">\\( a \\\\( b \\)</span> c</p>\n');
  });

  it('tells a slide with math from one without', () => {
    assert.ok(hasMath(slidesHtml('# $x$')[0]));
    assert.ok(hasMath('<span id="m" class="raw mathjax">x</span>'));
    assert.ok(!hasMath(slidesHtml('# costs $5', '`$x$`')[0]));
    assert.ok(!hasMath('<span class="mathjax">typeset</span>'));
  });

  it('puts MathJax between reveal.js and its start, under the nonce, with the CSP unchanged', () => {
    const assets = { revealJs: 'R', revealCss: '', themeCss: '', nonce: 'n1' };
    const deck = render('# $x$');
    const plain = renderStandaloneHtml(deck, assets);
    const html = renderStandaloneHtml(deck, { ...assets, math: { bundle: 'B</script>', start: 'S', fonts: { 'MathJax_Main-Regular': 'data:font/woff;base64,AA' } } });
    assert.doesNotMatch(plain, /MathJax/);
    const csp = (h: string) => /Content-Security-Policy" content="([^"]*)"/.exec(h)?.[1];
    assert.equal(csp(html), csp(plain));
    const scripts = [...html.matchAll(/<script nonce="n1">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts[0], 'R');
    const config = JSON.parse(/^window\.MathJax=(.*);$/.exec(scripts[1])![1]) as Record<string, unknown>;
    assert.deepEqual({ ...config, 'HTML-CSS': undefined, scs: undefined }, { ...MATHJAX_CONFIG, 'HTML-CSS': undefined, scs: undefined });
    assert.deepEqual(config.scs, { fonts: { 'MathJax_Main-Regular': 'data:font/woff;base64,AA' } });
    assert.deepEqual(scripts.slice(2, 4), ['B<\\/script>', 'S']);
    assert.match(scripts[4], /^Reveal\.initialize\(/);
  });

  it('embeds MathJax and its TeX fonts in an export only for a deck with math', (t) => {
    const media = findMedia();
    if (!media) return t.skip('media not built (node scripts/build.mjs)');
    const withMath = exportHtml('# Euler $e^{i\\pi} = -1$\n', { deckPath: 'deck.md', media }).html;
    const without = exportHtml('# Prices: $5 and $10\n', { deckPath: 'deck.md', media }).html;
    assert.doesNotMatch(without, /MathJax/);
    assert.match(withMath, /MathJax\.Ajax\.loadComplete\("\[MathJax\]\/config\/Safe\.js"\)/);
    assert.equal(withMath.match(/"MathJax_[A-Za-z0-9]+-[A-Za-z]+":"data:font\/woff;base64,/g)?.length, 22);
    assert.ok(without.length + 1_500_000 > withMath.length, `MathJax adds ${((withMath.length - without.length) / 1e6).toFixed(2)} MB`);
  });
});
