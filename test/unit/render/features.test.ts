import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, render } from './helpers';

const deck = render(fixture('features.md'));
const slide = (i: number) => deck.slides[i];

describe('render: the features fixture deck', () => {
  it('keeps the parser’s structure: columns and h/v', () => {
    assert.deepEqual(deck.columns, [[0], [1], [2], [3], [4], [5, 6], [7], [8]]);
    assert.deepEqual([slide(6).h, slide(6).v], [5, 1]);
  });

  it('applies .slide: comments to the section, only data-*, id, class, style', () => {
    assert.deepEqual(slide(0).attributes, { 'data-background': './bg.png', 'data-transition': 'zoom' });
    assert.deepEqual(slide(6).attributes, { 'data-background-color': '#50c3a5' });
  });

  it('applies .element: comments to the preceding element, else the parent', () => {
    assert.match(slide(0).html, /<p class="fragment" data-fragment-index="1">A paragraph/);
    assert.match(slide(0).html, /<img src="\.\/logo\.png" alt="logo" width="200" style="border: 1px solid">/);
    assert.match(slide(0).html, /<li class="fragment">item one/);
    assert.doesNotMatch(slide(0).html, /<img[^>]*width="9"/);
  });

  it('renders known emoji as images (any case) and leaves other names as text', () => {
    const html = slide(1).html;
    assert.equal(html.match(/<img class="emoji" alt=":tada:" src="emoji\/tada\.webp">/g)?.length, 2);
    assert.match(html, /alt=":\+1:" src="emoji\/\+1\.webp"/);
    assert.match(html, /:rofl: :thinking:/);
    assert.match(html, /:not_an_emoji:/);
    assert.match(html, /<code>:tada:<\/code>/);
  });

  it('renders the four alert containers and nothing for :::spoiler', () => {
    assert.match(slide(2).html, /<div class="alert alert-info">\n<p>Informative<\/p>/);
    assert.match(slide(2).html, /<div class="alert alert-danger">/);
    assert.match(slide(2).html, /<p>:::spoiler<br>/);
  });

  it('sanitises as HedgeDoc: escaped script, dropped handlers, emptied relative URLs', () => {
    const html = slide(3).html;
    assert.match(html, /&lt;script&gt;window.__pwned = 1&lt;\/script&gt;/);
    assert.match(html, /<p data-ok="yes" id="para" class="c">clicked<\/p>/);
    assert.match(html, /<a href target="_blank" rel="noopener">rel<\/a>/);
    assert.match(html, /<a href="\.\/page\.md"/);
    assert.match(html, /<a href="\.\.\/page\.md"/);
    assert.match(html, /<img src alt="rel"> <img src="\.\/img\/a\.png" alt="dot">/);
    assert.doesNotMatch(html, /javascript:alert\(1\)"/);
  });

  it('turns author-typed &lt;b&gt; into real bold', () => {
    assert.match(slide(3).html, /<b>bold from entities<\/b>/);
  });

  it('moves a single note: line into the notes, and splits nothing with two', () => {
    assert.equal(slide(4).notes, '<p>Only the <strong>speaker</strong> sees this.</p>\n');
    assert.doesNotMatch(slide(4).html, /speaker/);
    assert.equal(slide(5).notes, undefined);
    assert.match(slide(5).html, /note: first<br>\nnote: second/);
  });

  it('reproduces the indentation quirk after three blank lines', () => {
    assert.match(slide(7).html, /<p>code that is not code<\/p>/);
    assert.doesNotMatch(slide(7).html, /<pre>/);
  });

  it('renders embeds as links and numbered fences with a gutter', () => {
    assert.match(slide(8).html, /<div class="embed youtube"><a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"/);
    assert.match(slide(8).html, /<div class="embed pdf"><a href="https:\/\/example\.org\/a\.pdf"/);
    assert.match(slide(8).html, /<code class="js hljs"><div class="wrapper"><div class="gutter linenumber"><span data-linenumber="1"><\/span>/);
  });

  it('merges allow-listed slideOptions over HedgeDoc defaults', () => {
    assert.equal(deck.theme, 'solarized');
    assert.equal(deck.lang, 'de');
    assert.equal(deck.title, 'Render features');
    assert.deepEqual(deck.parallax, { image: 'https://example.org/bg.png', size: '1920px 1080px' });
    assert.equal(deck.revealOptions.transition, 'fade');
    assert.equal(deck.revealOptions.loop, true);
    assert.equal(deck.revealOptions.slideNumber, true);
    assert.equal(deck.revealOptions.rtl, false);
    assert.equal('notAnOption' in deck.revealOptions, false);
  });
});
