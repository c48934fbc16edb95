import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rewriteFrame, rewriteLocalUrls, rewriteSlide } from '../../../client/src/preview/localUrls';

const map = (p: string) => `https://webview${p}`;

describe('local image URLs in the preview', () => {
  it('maps each local file to a webview URI and leaves other URLs alone', () => {
    const html = '<img src="scs-deck-file:/d/a%20b.png"> <img src="https://x.org/y.png"> <a href="./z.md">z</a>';
    assert.equal(rewriteLocalUrls(html, map), '<img src="https://webview/d/a b.png"> <img src="https://x.org/y.png"> <a href="./z.md">z</a>');
  });

  it('stops at the entity that closes a CSS url() inside a style attribute', () => {
    assert.equal(rewriteLocalUrls('url(&quot;scs-deck-file:/d/bg.png&quot;)', map), 'url(&quot;https://webview/d/bg.png&quot;)');
  });

  it('drops a malformed local URL rather than pass it on', () => {
    assert.equal(rewriteLocalUrls('<img src="scs-deck-file:/d/%E0%A4%A.png">', map), '<img src="">');
  });

  it('rewrites slide HTML, attributes, notes, and the parallax image', () => {
    const slide = rewriteSlide({ index: 0, h: 0, v: 0, hash: 'h', html: '<img src="scs-deck-file:/a.png">', attributes: { 'data-background-image': 'scs-deck-file:/bg.png' }, notes: 'n' }, map);
    assert.equal(slide.html, '<img src="https://webview/a.png">');
    assert.equal(slide.attributes['data-background-image'], 'https://webview/bg.png');
    const frame = rewriteFrame({ hashes: [], columns: [], revealOptions: { parallaxBackgroundImage: 'scs-deck-file:/p.png' }, theme: 'white', rtl: false, parallax: { image: 'scs-deck-file:/p.png' }, styles: [], title: 't' }, map);
    assert.equal(frame.parallax?.image, 'https://webview/p.png');
    assert.equal(frame.revealOptions.parallaxBackgroundImage, 'https://webview/p.png');
  });
});
