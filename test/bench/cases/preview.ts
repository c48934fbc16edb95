import { planPatch } from '../../../client/src/preview/patchPlan';
import { parseDeck, type Deck } from '../../../server/src/core';
import { RenderCache, renderDeck } from '../../../server/src/core/render';
import { splitKnown } from '../../../server/src/lsp/renderRequest';
import { REAL_SIZE, SYNTHETIC_1K } from '../decks';
import { type BenchCase, kb } from '../harness';

/** The server's share of one keystroke in the preview: re-parse, render the changed slide, pick what to send. */
function keystroke(text: string, marker: string) {
  const options = { emojiBase: 'media/emoji' };
  const cache = new RenderCache();
  let deck: Deck = parseDeck(text);
  let known = renderDeck(deck, options, cache).slides.map((s) => s.hash);
  let edits = 0;
  return () => {
    deck = parseDeck(text.replace(marker, `${marker} edit ${++edits}`), deck);
    const { frame, slides } = splitKnown(renderDeck(deck, options, cache), known);
    if (slides.length !== 1) throw new Error(`expected one changed slide, got ${slides.length}`);
    known = frame!.hashes;
    return planPatch({ hashes: known, columns: frame!.columns }, frame!);
  };
}

export const cases: BenchCase[] = [
  {
    name: 'preview: keystroke in a real-size deck (parse, render, diff)',
    size: `${kb(REAL_SIZE)}, 1 slide sent`,
    target: '≤ 20 ms median',
    limitMs: 20,
    iterations: 50,
    run: keystroke(REAL_SIZE, '## Team IaaS - Networking'),
  },
  {
    name: 'preview: keystroke in a 1,000-slide deck (parse, render, diff)',
    size: `${kb(SYNTHETIC_1K)}, 1 slide sent`,
    target: '≤ 50 ms median',
    limitMs: 50,
    iterations: 30,
    run: keystroke(SYNTHETIC_1K, 'Topic 500\n'),
  },
];
