// `npm run bench:e2e`: latency and keystroke cost in the real editor. Runs the activation, latency and
// keystroke-cost tests of the extension suite in code-server (several sessions, since activation happens once
// per session), merges the samples and reports p50/p95 against the targets, the traffic of one keystroke and
// the CPU time of a typing burst, in test-results/e2e/latency.json.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-suite.mjs';
import { latencyReport, printFigures, printLatency } from './latency-report.mjs';

const RUNS = Number(process.env.E2E_BENCH_RUNS || 3);
const ROUNDS = process.env.SCS_E2E_LATENCY_ROUNDS || '30';
const OUT = join(ROOT, 'test-results', 'e2e');

const merged = {};
const figures = {};
const timings = [];
let failed = false;
for (let i = 1; i <= RUNS; i++) {
  console.log(`[bench:e2e] session ${i}/${RUNS}`);
  const res = spawnSync(process.execPath, [join(ROOT, 'scripts', 'e2e', 'run-code-server.mjs')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, SCS_E2E_GREP: process.env.SCS_E2E_GREP || 'latency|activation|keystroke cost', SCS_E2E_LATENCY_ROUNDS: ROUNDS },
  });
  if (res.status !== 0) failed = true;
  const results = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
  for (const [metric, values] of Object.entries(results.latency ?? {})) (merged[metric] ??= []).push(...values);
  for (const [name, figure] of Object.entries(results.figures ?? {})) (figures[name] ??= []).push(figure);
  timings.push(JSON.parse(readFileSync(join(OUT, 'timing.json'), 'utf8')));
}
const report = latencyReport(merged);
writeFileSync(join(OUT, 'latency.json'), JSON.stringify({ sessions: RUNS, roundsPerSession: Number(ROUNDS), timings, metrics: report, figures }, null, 2));
console.log(`\n[bench:e2e] ${RUNS} session(s), ${ROUNDS} timed edits per latency test`);
printLatency(report);
printFigures(figures);
const over = [...Object.entries(report).filter(([, r]) => r.ok === false).map(([m]) => m),
  ...Object.entries(figures).filter(([, list]) => list.some((f) => f.limit !== undefined && f.value > f.limit)).map(([m]) => m)];
if (over.length) console.log(`[bench:e2e] over target: ${over.join(', ')}`);
process.exit(failed ? 1 : 0);
