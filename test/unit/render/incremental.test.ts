/**
 * A keystroke's parse and render reuse the previous ones (slides found where the edit left them). Whatever the
 * edits, the result must be what a fresh parse and render of the same text give.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck, type Deck } from '../../../server/src/core';
import { RenderCache, renderDeck, type RenderedDeck } from '../../../server/src/core/render';

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['\n\n---\n\n', '\n\n----\n\n', '\n', '# Title\n', '* item :tada:\n', '```\ncode\n', '```\n', '<div>\n', '</div>\n', '<!-- .slide: data-background="#f00" -->\n', 'note:\nsay this\n', '$x^2$', 'text ', '---', '<', '>', '`'];
const SLIDES = ['# A\n\n* one', '## B\n\ntext :smile:', '```js\nlet x = 1;\n```', '<div>\nhtml\n</div>', '# C\n\nnote:\nnotes here', '- a\n- b'];

function initial(rnd: () => number): string {
  const n = 3 + Math.floor(rnd() * 12);
  const slides = Array.from({ length: n }, () => SLIDES[Math.floor(rnd() * SLIDES.length)]);
  return `---\ntype: slide\n---\n\n${slides.join(rnd() < 0.5 ? '\n\n---\n\n' : '\n\n----\n\n')}\n`;
}

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  if (rnd() < 0.35 && text.length > 0) {
    const len = 1 + Math.floor(rnd() * 12);
    return text.slice(0, at) + text.slice(at + len);
  }
  return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
}

/** What must match; a slide analysis's lazily kept tokens are a cache, not a result. */
function shape(deck: Deck, rendered: RenderedDeck): unknown {
  return {
    slides: deck.slides.map((s) => [s.index, s.h, s.v, s.start, s.contentStart, s.contentEnd, s.content, s.hash, JSON.stringify(s.info, (k, v) => (k === 'tokens' ? undefined : v))]),
    rendered: rendered.slides.map((s) => [s.index, s.h, s.v, s.hash, s.html, JSON.stringify(s.attributes), s.notes]),
    columns: rendered.columns,
    styles: rendered.styles,
  };
}

describe('incremental parse and render', () => {
  it('equal a fresh parse and render after every one of 400 random edits', () => {
    const options = { emojiBase: 'emoji' };
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = random(seed);
      let text = initial(rnd);
      const cache = new RenderCache();
      let deck = parseDeck(text);
      renderDeck(deck, options, cache);
      for (let step = 0; step < 20; step++) {
        text = edit(text, rnd);
        deck = parseDeck(text, deck);
        const incremental = shape(deck, renderDeck(deck, options, cache));
        const fresh = parseDeck(text);
        assert.deepEqual(incremental, shape(fresh, renderDeck(fresh, options)), `seed ${seed}, step ${step}`);
      }
    }
  });
});
