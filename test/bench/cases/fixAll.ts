import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { type BenchCase, kb } from '../harness';

/** A deck of `n` empty slides (about 19 bytes each): every one is a fix, all applied in one round. */
function emptySlides(n: number): string {
  return '---\ntitle: Empty slides\ntype: slide\n---\n\n# A\n\n' + '---\n\n            \n\n'.repeat(n) + '# B\n';
}

const DECK_60K = emptySlides(60_000);
const DECK_120K = emptySlides(120_000);
const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'scs-deck-bench-fix-'));
const deckFile = join(dir, 'empty.md');

/** `scs-deck lint --fix` on a fresh copy of the deck, wall time including start-up and the write. */
function cliFix(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/scs-deck.js'), 'lint', '--fix', '--format', 'json', deckFile], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`lint --fix exited ${r.status}`);
}

export const cases: BenchCase[] = [
  { name: 'fix all: 60,000 empty slides (core)', size: `${kb(DECK_60K)}, 60,000 fixes`, target: '≤ 5 s median', limitMs: 5000, iterations: 3, warmup: 1, run: () => fixAll(DECK_60K) },
  { name: 'fix all: 120,000 empty slides (core)', size: `${kb(DECK_120K)}, 120,000 fixes`, target: '≤ 10 s median', limitMs: 10000, iterations: 3, warmup: 1, run: () => fixAll(DECK_120K) },
  { name: 'CLI lint --fix: 60,000 empty slides', size: `${kb(DECK_60K)}, 60,000 fixes`, iterations: 3, warmup: 0, setup: () => writeFileSync(deckFile, DECK_60K), run: cliFix },
  { name: 'CLI lint --fix: 120,000 empty slides', size: `${kb(DECK_120K)}, 120,000 fixes`, iterations: 3, warmup: 0, setup: () => writeFileSync(deckFile, DECK_120K), run: cliFix },
];
