// `npm run fuzz [cases]`: property-based fuzzing of every operation over generated and mutated decks.
// A failure is shrunk and saved to test/fuzz/regressions/, which the unit tests replay.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckText, mutatedDeck } from './arbitraries';
import { checkDeck, slowest } from './properties';
import { saveRegression } from './regressions';

const total = Number(process.argv[2] ?? 100_000);
const sample = readFileSync(join(__dirname, '../../sample/community-call/20261126.md'), 'utf8');
const started = performance.now();
// FUZZ_REAL_SIZE=1: only mutated real-size decks, to measure the slowest case per operation on them.
const arbitrary = process.env.FUZZ_REAL_SIZE ? mutatedDeck(sample) : fc.oneof({ weight: 4, arbitrary: deckText }, { weight: 1, arbitrary: mutatedDeck(sample) });
const result = fc.check(fc.property(arbitrary, (text) => checkDeck(text)), { numRuns: total, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${result.numRuns} cases in ${seconds} s, seed ${result.seed}`);
console.log('slowest per operation (ms):', Object.fromEntries([...slowest].map(([k, v]) => [k, Number(v.toFixed(2))])));
if (result.failed) {
  const example = (result.counterexample as [string])[0];
  console.error(`FAILED after shrinking: ${JSON.stringify(example)}\n${String(result.errorInstance)}`);
  console.error(`saved as test/fuzz/regressions/${saveRegression(example)}`);
  console.log(`${result.numRuns - 1} passed, 1 failed`);
  process.exit(1);
}
console.log(`${result.numRuns} passed, 0 failed`);
