import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../../../server/src/core';
import { lintDeck } from '../../../server/src/core/rules/engine';
import { LintCache } from '../../../server/src/core/rules/slideCache';
import { REAL_SIZE, SYNTHETIC_10K } from '../decks';
import { type BenchCase, kb } from '../harness';

const deck10k = parseDeck(SYNTHETIC_10K);
const edited10k = SYNTHETIC_10K.replace('Topic 5000\n', 'Topic 5000 edited\n');
const cache = new LintCache();
let toggle = false;
let current = deck10k;

/** 60 real-size decks with small variations, as a minutes repository holds them. */
function writeDecks(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-bench-'));
  mkdirSync(join(dir, 'community-call'));
  for (let i = 0; i < 60; i++) {
    const date = `2025${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
    const text = REAL_SIZE.replace(/2026-11-26/g, `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`).replace('Keystone', `Keystone ${i}`);
    writeFileSync(join(dir, 'community-call', `${date}-${i}.md`), text);
  }
  return dir;
}

const ROOT = join(__dirname, '../../..');
const decksDir = writeDecks();
const time = (cmd: string[]) => {
  const t = performance.now();
  spawnSync(process.execPath, cmd, { cwd: decksDir, stdio: 'ignore' });
  return performance.now() - t;
};

/** Our CLI over the 60 decks, then markdownlint-cli2 over the same files in the same run; prints the ratio. */
function compareWithMarkdownlint(): number {
  const ours = time([join(ROOT, 'bin/scs-deck.js'), 'lint', '--format', 'json', 'community-call']);
  const bin = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const theirs = existsSync(bin) ? time([bin, 'community-call/*.md']) : NaN;
  if (!existsSync(bin)) console.log('  markdownlint-cli2 is not installed: no comparison');
  console.log(`  CLI lint of 60 decks: scs-deck ${ours.toFixed(0)} ms, markdownlint-cli2 ${theirs.toFixed(0)} ms, ratio ${(ours / theirs).toFixed(2)}× (target ≤ 0.5×)`);
  return ours;
}

/**
 * `scs-deck lint` of the 10,000-slide deck, less the same command on a one-line deck (CLI start-up): wall time
 * (the target), and CPU time beside it, since on a shared machine wall time also counts other processes.
 */
function cliLint10k(): number {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-bench-10k-'));
  writeFileSync(join(dir, 'big.md'), SYNTHETIC_10K);
  writeFileSync(join(dir, 'small.md'), '# A\n');
  const cpuAtExit = join(__dirname, '../cpuAtExit.js');
  const run = (file: string) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-r', cpuAtExit, join(ROOT, 'bin/scs-deck.js'), 'lint', '--format', 'json', file], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    return { wall: performance.now() - t, cpu: Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1]) };
  };
  const big: { wall: number; cpu: number }[] = [];
  const small: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 7; i++) {
    small.push(run('small.md'));
    big.push(run('big.md'));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[3];
  const wall = (xs: { wall: number }[]) => median(xs.map((x) => x.wall));
  const cpu = (xs: { cpu: number }[]) => median(xs.map((x) => x.cpu));
  const beyond = wall(big) - wall(small);
  console.log(`  CLI lint of the 10,000-slide deck: ${wall(big).toFixed(0)} ms, start-up (one-line deck) ${wall(small).toFixed(0)} ms, beyond start-up ${beyond.toFixed(0)} ms (target ≤ 150 ms)`);
  console.log(`  the same in CPU time: ${cpu(big).toFixed(0)} ms, start-up ${cpu(small).toFixed(0)} ms, beyond start-up ${(cpu(big) - cpu(small)).toFixed(0)} ms`);
  return beyond;
}

/** CPU time of re-lints after one-slide edits: on a busy machine wall time also counts other processes. */
function reportCpuTime(): void {
  const times: number[] = [];
  let deck = current;
  for (let i = 0; i < 20; i++) {
    lintDeck(deck, { cache });
    deck = parseDeck(SYNTHETIC_10K.replace(`Topic ${4000 + i}\n`, `Topic ${4000 + i} edited\n`), deck);
    const before = process.cpuUsage();
    lintDeck(deck, { cache });
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(`  re-lint after one-slide edits (10,000 slides): median CPU time ${times[10].toFixed(1)} ms (target ≤ 10 ms)`);
}

export const cases: BenchCase[] = [
  { name: 'lint: real-size deck', size: kb(REAL_SIZE), run: () => lintDeck(parseDeck(REAL_SIZE)), iterations: 50 },
  { name: 'lint: synthetic 10,000-slide deck (full)', size: `${kb(SYNTHETIC_10K)}, 10,000 slides`, target: '≤ 150 ms median', limitMs: 150, run: () => lintDeck(deck10k) },
  // Every slide's Markdown analysed as part of the run, as in a first lint of a freshly opened deck.
  { name: 'parse + lint: 10,000-slide deck, fresh', size: `${kb(SYNTHETIC_10K)}, 10,000 slides`, target: '≤ 150 ms median', limitMs: 150, iterations: 10, run: () => lintDeck(parseDeck(SYNTHETIC_10K)) },
  {
    // The language server parses each version once for every feature (see the parse bench); this is the lint on top.
    name: 're-lint after editing one slide (10,000)',
    size: `${kb(SYNTHETIC_10K)}, 1 slide changed`,
    target: '≤ 10 ms median',
    limitMs: 10,
    warmup: 2,
    setup: () => {
      toggle = !toggle;
      lintDeck(current, { cache });
      current = parseDeck(toggle ? edited10k : SYNTHETIC_10K, current);
    },
    run: () => lintDeck(current, { cache }),
  },
  { name: 're-lint CPU time (10,000): loop of 20 edits', size: 'CPU median on the line above', iterations: 1, warmup: 0, run: reportCpuTime },
  { name: 'CLI lint: 10,000-slide deck beyond start-up', size: `${kb(SYNTHETIC_10K)}, 10,000 slides`, iterations: 1, warmup: 0, run: cliLint10k },
  { name: 'CLI lint: 60 real-size decks vs markdownlint-cli2', size: '60 decks', iterations: 3, warmup: 1, run: compareWithMarkdownlint },
];
