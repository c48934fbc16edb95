import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStandaloneHtml, slidesMarkup } from '../../../server/src/core/render';
import { render } from './helpers';

const assets = { revealJs: 'window.Reveal = {}; "</script>";', revealCss: '.reveal{}', themeCss: '.theme{}', nonce: 'abc123' };

describe('render: the standalone HTML page', () => {
  const deck = render('---\ntitle: A <b> & "deck"\nlang: de\n---\n<!-- .slide: data-background-color="#fff" -->\n# One\n\n---\n\n# Two\n\n----\n\n# Two down\n\nnote: say this');

  it('nests vertical stacks and puts notes in an aside', () => {
    const markup = slidesMarkup(deck);
    assert.match(markup, /^<section data-background-color="#fff" data-slide-index="0">\n<!-- .slide: [^\n]*-->\n<h1>One<\/h1>/);
    assert.match(markup, /<section>\n<section data-slide-index="1">\n<h1>Two<\/h1>\n<\/section>\n<section data-slide-index="2">/);
    assert.match(markup, /<aside class="notes"><p>say this<\/p>\n<\/aside><\/section>\n<\/section>$/);
  });

  it('inlines the assets, escapes the title and allows scripts only by nonce', () => {
    const html = renderStandaloneHtml(deck, assets);
    assert.match(html, /<title>A &lt;b&gt; &amp; "deck"<\/title>/);
    assert.match(html, /<html lang="de">/);
    assert.match(html, /content="default-src 'none'; script-src 'nonce-abc123';/);
    assert.match(html, /<script nonce="abc123">window.Reveal = \{\}; "<\\\/script>";<\/script>/);
    assert.match(html, /Reveal\.initialize\(\{"controls":true,"progress":true,"slideNumber":true,"history":true,"center":true,"transition":"none","rtl":false\}\);/);
    assert.equal(html.match(/<script/g)?.length, 2);
  });
});
