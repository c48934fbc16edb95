import { parseDeck } from '../../../server/src/core';
import { completeAt } from '../../../server/src/core/features/completion';
import { hoverAt } from '../../../server/src/core/features/hover';
import { SYNTHETIC_10K } from '../decks';
import { type BenchCase, kb } from '../harness';

/** The 10,000-slide deck with something typed in the middle (slide 5000), as an author would. */
function typedAt(typed: string): { deck: ReturnType<typeof parseDeck>; offset: number; text: string } {
  const at = SYNTHETIC_10K.indexOf('Topic 5000\n') + 'Topic 5000\n'.length;
  const text = `${SYNTHETIC_10K.slice(0, at)}\n${typed}\n${SYNTHETIC_10K.slice(at)}`;
  return { deck: parseDeck(text), offset: at + 1 + typed.length, text };
}

let cold = parseDeck('');
const size = `${kb(SYNTHETIC_10K)}, 10,000 slides`;
const emoji = typedAt('Done :ta');
const emojiText = emoji.text;
const heading = typedAt('# Te');
const snippet = typedAt('scs');
const attribute = typedAt('<!-- .slide: data-');
const frontMatter = parseDeck(SYNTHETIC_10K);
const fmOffset = SYNTHETIC_10K.indexOf('  theme: white') + 4;
const hover = typedAt('Done :tada:');
const edited = `${SYNTHETIC_10K.slice(0, SYNTHETIC_10K.indexOf('Topic 5000\n'))}Topic 5000 :ta${SYNTHETIC_10K.slice(SYNTHETIC_10K.indexOf('Topic 5000\n') + 10)}`;
const editedOffset = edited.indexOf(':ta') + 3;

export const cases: BenchCase[] = [
  { name: 'completion: emoji (881 items), 10,000 slides', size, target: '≤ 20 ms median', limitMs: 20, iterations: 50, run: () => completeAt(emoji.deck, emoji.offset) },
  { name: 'completion: team heading, 10,000 slides', size, target: '≤ 20 ms median', limitMs: 20, iterations: 50, run: () => completeAt(heading.deck, heading.offset) },
  { name: 'completion: snippets, 10,000 slides', size, target: '≤ 20 ms median', limitMs: 20, iterations: 50, run: () => completeAt(snippet.deck, snippet.offset) },
  { name: 'completion: attribute comment, 10,000 slides', size, target: '≤ 20 ms median', limitMs: 20, iterations: 50, run: () => completeAt(attribute.deck, attribute.offset) },
  { name: 'completion: slideOptions key, 10,000 slides', size, target: '≤ 20 ms median', limitMs: 20, iterations: 50, run: () => completeAt(frontMatter, fmOffset) },
  {
    // The first request after a parse also builds the deck's line index.
    name: 'completion: emoji on a fresh parse, 10,000 slides',
    size,
    target: '≤ 20 ms median',
    limitMs: 20,
    setup: () => { cold = parseDeck(emojiText); },
    run: () => completeAt(cold, emoji.offset),
  },
  { name: 'hover: emoji, 10,000 slides', size, iterations: 50, run: () => hoverAt(hover.deck, hover.offset - 2) },
  {
    name: 're-parse after a keystroke + emoji completion',
    size,
    run: () => completeAt(parseDeck(edited, frontMatter), editedOffset),
  },
];
