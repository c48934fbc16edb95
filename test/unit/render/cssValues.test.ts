import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cssSizeValue, cssUrlValue } from '../../../server/src/core/render/cssValue';
import { render } from './helpers';

/** What reveal.js builds from `parallaxBackgroundImage`. */
const revealCss = (image: string) => `url("${image}")`;
/** The url() tokens a CSS value holds (enough for these tests: quoted and unquoted, no escapes left to decode). */
const urls = (css: string) => [...css.matchAll(/url\(/gi)].length;

const HOSTILE_IMAGES = [
  'a.png"), url("http://127.0.0.1:9/beacon',
  "a.png'), url('http://127.0.0.1:9/beacon",
  'a.png\\"), url(http://127.0.0.1:9/beacon',
  'a.png"\n), url(http://127.0.0.1:9/beacon',
  'a.png") , url(http://127.0.0.1:9/beacon) , url("b',
  'https://example.org/a.png"); background: url(http://127.0.0.1:9/x',
  'a.png\u0000"), url(http://127.0.0.1:9/x',
  ')url(http://127.0.0.1:9/x',
];

describe('render: front-matter values spliced into CSS', () => {
  for (const value of HOSTILE_IMAGES) {
    it(`parallaxBackgroundImage cannot leave its url("…"): ${JSON.stringify(value)}`, () => {
      const escaped = cssUrlValue(value);
      assert.doesNotMatch(escaped, /["'\\()\s]/);
      assert.equal(urls(revealCss(escaped)), 1);
    });
  }

  it('keeps ordinary URLs and data: URIs as they are', () => {
    for (const value of ['https://example.org/bg.png', './img/bg.png', 'data:image/png;base64,iVBOR+/=', 'https://example.org/a.png?x=1&y=2#f']) assert.equal(cssUrlValue(value), value);
    assert.equal(cssUrlValue('./my image (1).png'), './my%20image%20%281%29.png');
  });

  it('keeps plain background sizes and drops anything else', () => {
    for (const size of ['1920px 1080px', '2100px 900px', 'cover', 'contain', '50% auto', ' 100vw 100vh ']) assert.equal(cssSizeValue(size), size.trim());
    for (const size of ['1px; background-image: url(http://127.0.0.1/x)', 'url(http://127.0.0.1/x)', '1px 2px 3px', 'var(--x)', '1px,url(x)', '"a"', '']) assert.equal(cssSizeValue(size), undefined, size);
  });

  it('renderDeck hands reveal.js only escaped parallax values, whatever the front matter holds', () => {
    const deck = render(`---\nslideOptions:\n  parallaxBackgroundImage: '${HOSTILE_IMAGES[0]}'\n  parallaxBackgroundSize: '1px; background: url(http://127.0.0.1:9/size)'\n---\n# A`);
    const image = String(deck.revealOptions.parallaxBackgroundImage);
    assert.equal(urls(revealCss(image)), 1);
    assert.equal(deck.parallax?.image, image);
    assert.equal(deck.parallax?.size, undefined);
    assert.equal('parallaxBackgroundSize' in deck.revealOptions, false);
    const list = render('---\nslideOptions:\n  parallaxBackgroundImage: ["a\\"), url(\\"http://127.0.0.1:9/x"]\n  parallaxBackgroundSize: ["1px"]\n---\n# A');
    assert.equal('parallaxBackgroundImage' in list.revealOptions, false, 'a list would be joined into CSS text');
    assert.equal('parallaxBackgroundSize' in list.revealOptions, false);
    const fine = render('---\nslideOptions:\n  parallaxBackgroundImage: https://example.org/bg.png\n  parallaxBackgroundSize: 2100px 900px\n---\n# A');
    assert.equal(fine.revealOptions.parallaxBackgroundImage, 'https://example.org/bg.png');
    assert.equal(fine.revealOptions.parallaxBackgroundSize, '2100px 900px');
  });
});
