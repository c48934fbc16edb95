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

  it('puts the code colours after the theme and before HedgeDoc\'s page CSS, and reveal\'s print layout behind ?print-pdf', () => {
    const html = renderStandaloneHtml(deck, { ...assets, codeCss: '.hljs{background:#3f3f3f}', printCss: '.pdf-page{}' });
    const theme = html.indexOf('<style>.theme{}</style>');
    const code = html.indexOf('<style>.hljs{background:#3f3f3f}</style>');
    const page = html.indexOf('letter-spacing: 0.35px');
    assert.ok(theme > 0 && code > theme && page > code, `theme ${theme}, code ${code}, page ${page}`);
    assert.match(html, /<script nonce="abc123">if\(\/print-pdf\/i\.test\(location\.search\)\)\{[^<]*"\.pdf-page\{\}\.reveal \.slides \.pdf-page:last-of-type\{page-break-after:avoid\}"/);
    assert.equal(html.match(/<script/g)?.length, 3);
  });

  const hostile = render(
    '---\nslideOptions:\n  parallaxBackgroundImage: https://images.example.org/bg.png\n---\n' +
      '<!-- .slide: data-background-image="https://127.0.0.1:9/bg.png" data-background-video="https://cdn.example.com/v.mp4" -->\n' +
      '<img src="https://169.254.169.254/latest/meta-data/"> <img src="http://plain.example.org/a.png">\n\n<iframe src="https://[::1]/"></iframe>\n\n' +
      '<style>.x { background: url(https://0x7f.1/css) }</style>',
  );
  const cspOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('lets the page load nothing from the network by default', () => {
    const csp = cspOf(renderStandaloneHtml(hostile, assets));
    assert.doesNotMatch(csp, /https?:|\*/);
    assert.equal(directive(csp, 'img-src'), 'img-src data:');
    assert.equal(directive(csp, 'media-src'), 'media-src data:');
    assert.equal(directive(csp, 'font-src'), 'font-src data:');
    assert.equal(directive(csp, 'style-src'), "style-src 'unsafe-inline'");
    for (const name of ['default-src', 'connect-src', 'frame-src', 'child-src', 'worker-src', 'object-src', 'form-action', 'base-uri']) assert.equal(directive(csp, name), `${name} 'none'`);
  });

  it('with remote content allowed, names only the public https origins the deck uses', () => {
    const csp = cspOf(renderStandaloneHtml(hostile, assets, { allowRemote: true }));
    const remote = 'https://cdn.example.com https://images.example.org';
    assert.equal(directive(csp, 'img-src'), `img-src data: ${remote}`);
    assert.equal(directive(csp, 'frame-src'), `frame-src ${remote}`);
    assert.equal(directive(csp, 'connect-src'), "connect-src 'none'");
    assert.doesNotMatch(csp, /127\.0\.0\.1|169\.254|0x7f|\[::1\]|http:|plain\.example/);
  });

  it('takes frame URLs it may not load out of the markup (a blocked frame still opens a connection)', () => {
    const frames = render(
      '---\nslideOptions:\n  previewLinks: true\n---\n<!-- .slide: data-background-iframe="https://127.0.0.1/bg" -->\n' +
        '<iframe src="https://www.example.org/embed"></iframe>\n\n<iframe data-src="http://10.0.0.1/x"></iframe>\n\n' +
        '[public](https://www.example.org/page) [local](http://127.0.0.1:9/) <span data-preview-link="https://169.254.169.254/">x</span>',
    );
    const offline = slidesOf(renderStandaloneHtml(frames, assets));
    assert.doesNotMatch(offline, /<section[^>]*data-background-iframe|<iframe src|data-src|<span data-preview-link/);
    assert.equal(offline.match(/<a [^>]*data-preview-link="false"/g)?.length, 2);
    const remote = slidesOf(renderStandaloneHtml(frames, assets, { allowRemote: true }));
    assert.match(remote, /<iframe src="https:\/\/www\.example\.org\/embed">/);
    assert.match(remote, /<a href="https:\/\/www\.example\.org\/page" target="_blank" rel="noopener">/);
    assert.match(remote, /<a href="http:\/\/127\.0\.0\.1:9\/" [^>]*data-preview-link="false"/);
    assert.doesNotMatch(remote, /<section[^>]*data-background-iframe|data-src|<span data-preview-link/);
  });
});

function slidesOf(html: string): string {
  return html.slice(html.indexOf('<div class="slides">'), html.indexOf('<script'));
}
