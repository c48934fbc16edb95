import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { RenderCache, renderDeck } from '../../../server/src/core/render';
import { syntheticDeck } from '../core/helpers';

describe('render: the per-slide cache', () => {
  const options = { emojiBase: 'emoji' };

  it('renders only the edited slide again', () => {
    const cache = new RenderCache();
    const text = syntheticDeck(200);
    const first = renderDeck(parseDeck(text), options, cache);
    assert.equal(cache.lastRendered, 200);
    const edited = text.replace('point 77 with', 'point 77 now with');
    const second = renderDeck(parseDeck(edited), options, cache);
    assert.equal(cache.lastRendered, 1);
    const changed = second.slides.filter((s, i) => s.hash !== first.slides[i].hash).map((s) => s.index);
    assert.deepEqual(changed, [77]);
    assert.deepEqual(second.slides.map((s) => s.html), renderDeck(parseDeck(edited), options).slides.map((s) => s.html));
  });

  it('merges the slides around a break that an edited tag swallows, and keeps the rest from the cache', () => {
    const cache = new RenderCache();
    const a = renderDeck(parseDeck('A\n\n---\n\nB > b\n\n---\n\nC'), options, cache);
    const b = renderDeck(parseDeck('A <b\n\n---\n\nB > b\n\n---\n\nC'), options, cache);
    assert.equal(b.slides.length, 2);
    assert.doesNotMatch(b.slides[0].html, /B/);
    assert.match(b.slides[0].html, /<b> b/);
    assert.equal(a.slides[2].hash, b.slides[1].hash);
  });

  it('renders everything again for a new options object', () => {
    const cache = new RenderCache();
    const text = syntheticDeck(10);
    renderDeck(parseDeck(text), options, cache);
    const other = renderDeck(parseDeck(text), { emojiBase: 'elsewhere' }, cache);
    assert.equal(cache.lastRendered, 10);
    assert.match(other.slides[0].html, /elsewhere\/tada\.webp/);
  });
});
