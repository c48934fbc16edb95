// `npm run bench`: medians for the performance targets of the issues. Not a test: it reports, it does not fail.
import { type BenchCase, formatResult, measure } from './harness';
import { cases as parse } from './cases/parse';
import { cases as completion } from './cases/completion';
import { cases as lint } from './cases/lint';
import { cases as render } from './cases/render';
import { cases as preview } from './cases/preview';

const groups: Record<string, BenchCase[]> = { parse, completion, lint, render, preview };

const only = process.argv[2];
console.log(`node ${process.version}, ${new Date().toISOString()}`);
for (const [group, cases] of Object.entries(groups)) {
  if (only && group !== only) continue;
  for (const c of cases) console.log(formatResult(measure(c)));
}
