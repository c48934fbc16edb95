import { outline, parseDeck } from '../../../server/src/core';
import { REAL_SIZE, SYNTHETIC_10K } from '../decks';
import { type BenchCase, kb } from '../harness';

const lines = (t: string) => t.split('\n').length;
const full10k = parseDeck(SYNTHETIC_10K);
const edited10k = SYNTHETIC_10K.replace('Topic 5000\n', 'Topic 5000 edited\n');

export const cases: BenchCase[] = [
  { name: 'parse: real-size deck', size: `${kb(REAL_SIZE)}, ${lines(REAL_SIZE)} lines`, run: () => parseDeck(REAL_SIZE), iterations: 50 },
  {
    name: 'parse: synthetic 10,000-slide deck',
    size: `${kb(SYNTHETIC_10K)}, 10,000 slides`,
    target: '≤ 50 ms median',
    limitMs: 50,
    // The language server parses on every change: measure it warm, with enough runs for a steady median.
    warmup: 10,
    iterations: 30,
    run: () => parseDeck(SYNTHETIC_10K),
  },
  {
    // The outline reads every slide's title, so every slide's Markdown is analysed on the way (lazily, once per slide text).
    name: 'parse + outline: 10,000-slide deck, fresh',
    size: `${kb(SYNTHETIC_10K)}, 10,000 slides`,
    warmup: 5,
    iterations: 20,
    run: () => outline(parseDeck(SYNTHETIC_10K)),
  },
  {
    name: 're-parse after editing one slide (10,000)',
    size: `${kb(SYNTHETIC_10K)}, 1 slide changed`,
    run: () => parseDeck(edited10k, full10k),
  },
];
