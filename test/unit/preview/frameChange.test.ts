import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { RenderCache, renderDeck } from '../../../server/src/core/render';
import { applyFrameChange, frameChange, sentFrame, splice } from '../../../server/src/frameChange';
import { splitKnown } from '../../../server/src/lsp/renderRequest';
import { syntheticDeck } from '../core/helpers';

const cache = new RenderCache();
/** One options object for every render, as the server keeps per document (the cache keys on it). */
const options = { emojiBase: 'e' };
const frameOf = (text: string) => splitKnown(renderDeck(parseDeck(text), options, cache), []).frame;

/** Sends `after` as a change to `before` and applies it as the client does. */
function roundTrip(before: string, after: string) {
  const old = frameOf(before);
  const next = frameOf(after);
  const change = frameChange(sentFrame(1, old), next);
  return { change, next, applied: applyFrameChange(old, change) };
}

describe('frame changes of scsDeck/render', () => {
  const base = syntheticDeck(40);
  const edits: [string, string][] = [
    ['a letter typed into one slide', base.replace('Topic 17', 'Topic 17x')],
    ['a slide inserted', base.replace('## Team 3 - Topic 10', '## New\n\n---\n\n## Team 3 - Topic 10')],
    ['a slide deleted', base.replace('\n---\n\n## Team 4 - Topic 11', '')],
    ['a horizontal separator made vertical', base.replace('\n---\n\n## Team 2 - Topic 23', '\n----\n\n## Team 2 - Topic 23')],
    ['the theme changed', base.replace('theme: white', 'theme: black')],
    ['nothing changed', base],
  ];
  for (const [name, edited] of edits) {
    it(`gives the new frame back: ${name}`, () => {
      const { applied, next } = roundTrip(base, edited);
      assert.deepEqual(applied, next);
    });
  }

  it('sends the frame fields besides the lists only when they changed', () => {
    assert.equal(roundTrip(base, base.replace('Topic 17', 'Topic 17x')).change.rest, undefined);
    assert.equal(roundTrip(base, base.replace('theme: white', 'theme: black')).change.rest?.theme, 'black');
  });

  it('a keystroke in a 10,000-slide deck changes one hash and no column', () => {
    const big = syntheticDeck(10_000);
    const { change, applied, next } = roundTrip(big, big.replace('Topic 5000\n', 'Topic 5000x\n'));
    assert.deepEqual(change.hashes.insert.length, 1);
    assert.equal(change.hashes.deleteCount, 1);
    assert.deepEqual(change.columnSizes, { start: next.columns.length, deleteCount: 0, insert: [] });
    assert.ok(JSON.stringify(change).length < 200, JSON.stringify(change));
    assert.deepEqual(applied.hashes, next.hashes);
  });

  it('splice keeps the common head and tail', () => {
    assert.deepEqual(splice(['a', 'b', 'c'], ['a', 'x', 'y', 'c']), { start: 1, deleteCount: 1, insert: ['x', 'y'] });
    assert.deepEqual(splice(['a', 'a'], ['a', 'a', 'a']), { start: 2, deleteCount: 0, insert: ['a'] });
    assert.deepEqual(splice([], ['a']), { start: 0, deleteCount: 0, insert: ['a'] });
    assert.deepEqual(splice(['a'], []), { start: 0, deleteCount: 1, insert: [] });
  });
});
