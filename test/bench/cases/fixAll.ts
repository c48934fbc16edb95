import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixAll } from '../../../server/src/core/rules/fixAll';
import { type BenchCase, kb } from '../harness';

/** A deck of `n` empty slides (about 19 bytes each): the hostile deck that made fix-all quadratic. Removing a
 * slide renumbers the rest, so Fix All now leaves these to be fixed one by one: the case times lint and selection. */
function emptySlides(n: number): string {
  return '---\ntitle: Empty slides\ntype: slide\n---\n\n# A\n\n' + '---\n\n            \n\n'.repeat(n) + '# B\n';
}

/** A deck whose style block quotes `n` colours: `n` fixes that Fix All applies in one round. */
function quotedColours(n: number): string {
  return '---\ntitle: Quoted colours\ntype: slide\n---\n\n<style>\n' + '.a { color: "#fff"; }\n'.repeat(n) + '</style>\n\n# A\n';
}

const DECK_60K = emptySlides(60_000);
const DECK_120K = emptySlides(120_000);
const QUOTED_30K = quotedColours(30_000);
const QUOTED_60K = quotedColours(60_000);
const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'scs-deck-bench-fix-'));
const deckFile = join(dir, 'empty.md');

/** `scs-deck lint --fix` on a fresh copy of the deck, wall time including start-up and the write. */
function cliFix(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/scs-deck.js'), 'lint', '--fix', '--format', 'json', deckFile], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`lint --fix exited ${r.status}`);
}

export const cases: BenchCase[] = [
  { name: 'fix all: 30,000 quoted colours (core)', size: `${kb(QUOTED_30K)}, 30,000 fixes`, target: '≤ 5 s median', limitMs: 5000, iterations: 3, warmup: 1, run: () => fixAll(QUOTED_30K) },
  { name: 'fix all: 60,000 quoted colours (core)', size: `${kb(QUOTED_60K)}, 60,000 fixes`, target: '≤ 10 s median', limitMs: 10000, iterations: 3, warmup: 1, run: () => fixAll(QUOTED_60K) },
  { name: 'fix all: 60,000 empty slides (core)', size: `${kb(DECK_60K)}, structural: none applied`, iterations: 3, warmup: 1, run: () => fixAll(DECK_60K) },
  { name: 'CLI lint --fix: 60,000 empty slides', size: `${kb(DECK_60K)}, structural: none applied`, iterations: 3, warmup: 0, setup: () => writeFileSync(deckFile, DECK_60K), run: cliFix },
  { name: 'CLI lint --fix: 120,000 empty slides', size: `${kb(DECK_120K)}, structural: none applied`, iterations: 3, warmup: 0, setup: () => writeFileSync(deckFile, DECK_120K), run: cliFix },
];
