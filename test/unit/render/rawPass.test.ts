import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { findSplitPoints } from '../../../server/src/core/deck/separators';
import { planRawPass } from '../../../server/src/core/render/rawPass';
import { sanitize } from '../../../server/src/core/render/sanitizer';
import { slidesHtml } from './helpers';

/** Joins per-slide raw-pass output with the separators HedgeDoc would still see. */
function perSlide(text: string): { joined: string; parts: string[] } {
  const deck = parseDeck(text);
  const plans = planRawPass(deck, { byText: new Map() });
  const parts = deck.slides.map((s, i) => plans[i].run(s.content));
  let joined = '';
  deck.slides.forEach((s, i) => {
    const swallowed = plans[i].key === 'swallowed' || /^\d+s</.test(plans[i].key);
    if (i > 0 && !swallowed) joined += deck.text.slice(deck.slides[i - 1].contentEnd, s.contentStart);
    joined += parts[i];
  });
  return { joined, parts };
}

describe('render: the sanitiser pass over the raw markdown', () => {
  const cases = [
    'a<b c\n\n---\n\nd > e',
    'x a<b c\n\n---\n\nmid\n\n---\n\nd > e <i>f</i>',
    'a<b c\n\n---\n\nmid\n\n---\n\nd < e <i>f</i>',
    '<!-- hidden\n\n---\n\nstill hidden -->\n\n---\n\nshown',
    'a<b title="x\n\n---\n\n>" y>z\n\n---\n\nw',
    'plain <b>x</b>\n\n---\n\nA<b\n\n---\n',
    'a <span\n\n----\n\nb\n\n---\n\nc',
  ];
  for (const text of cases) {
    it(`equals one pass over the whole body: ${JSON.stringify(text)}`, () => {
      assert.equal(perSlide(text).joined, sanitize(text));
    });
  }

  it('lets a<b swallow text up to the next >, separators included: the slides around them are one', () => {
    const text = 'before a<b c\n\n---\n\nswallowed\n\n---\n\nd > after\n\n---\n\nlast';
    const { parts } = perSlide(text);
    assert.deepEqual(parts, ['before a<b> after\n', '\nlast']);
    assert.equal(parseDeck(text).swallowedSeparators.length, 2);
  });

  it('shows a comment split by a separator on both slides, as HedgeDoc does', () => {
    const html = slidesHtml('<!-- start', 'end -->\n\nvisible');
    assert.match(html[1], /end --&gt;|end -->/);
    assert.match(html[1], /visible/);
  });

  it('swallows the rest of the deck when no > follows', () => {
    const html = slidesHtml('A a<b', 'B', 'C');
    assert.equal(html.length, 1);
    assert.doesNotMatch(html[0], /B|C/);
  });
});

describe('render: the raw pass, property', () => {
  it('equals one pass over the whole body for 1,500 random decks', () => {
    const parts = ['<', '>', '"', "'", '=', ' ', 'b', 'a', '<!--', '-->', '\n\n---\n\n', '\n\n----\n\n', 'x', 'i', '\n', '<b ', '<a title=', 'p'];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 1500; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(next() * 14); i < len; i++) text += parts[Math.floor(next() * parts.length)];
      assert.equal(perSlide(text).joined, sanitize(text), JSON.stringify(text));
      // HedgeDoc splits the sanitised body: the parse of the raw text must find the same slide breaks.
      assert.deepEqual(parseDeck(text).slides.slice(1).map((s) => s.separator?.kind), findSplitPoints(sanitize(text)).map((p) => p.kind), JSON.stringify(text));
    }
  });
});
