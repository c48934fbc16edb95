import { parseDeck, type Deck } from '../../../server/src/core';
import { RenderCache, renderDeck } from '../../../server/src/core/render';
import { REAL_SIZE, SYNTHETIC_1K } from '../decks';
import { type BenchCase, kb } from '../harness';

const options = { emojiBase: 'media/emoji' };
const cache = new RenderCache();
renderDeck(parseDeck(SYNTHETIC_1K), options, cache);
let edits = 0;
let next: Deck = parseDeck(SYNTHETIC_1K);

export const cases: BenchCase[] = [
  {
    name: 'render: first render of a real-size deck',
    size: `${kb(REAL_SIZE)}, ${parseDeck(REAL_SIZE).slides.length} slides`,
    target: '≤ 100 ms median',
    limitMs: 100,
    iterations: 30,
    run: () => renderDeck(parseDeck(REAL_SIZE), options),
  },
  {
    name: 'render: one edited slide of a 1,000-slide deck',
    size: `${kb(SYNTHETIC_1K)}, 1 slide changed`,
    target: '≤ 20 ms median',
    limitMs: 20,
    iterations: 30,
    // Every run edits slide 500 anew (parsing is not timed), so exactly one slide misses the cache.
    setup: () => {
      next = parseDeck(SYNTHETIC_1K.replace('Topic 500\n', `Topic 500 edit ${++edits}\n`), next);
    },
    run: () => renderDeck(next, options, cache),
  },
];
