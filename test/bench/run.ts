// `npm run bench`: medians for the performance targets of the issues. Not a test: it reports, it does not fail.
import { type BenchCase, formatResult, measure } from './harness';

// Each group is loaded just before it runs: the fixtures of later groups (several parsed 1 MB decks) would
// otherwise sit in the heap and make the garbage collector's work in earlier groups look like theirs.
const groups: Record<string, () => Promise<{ cases: BenchCase[] }>> = {
  parse: () => import('./cases/parse'),
  completion: () => import('./cases/completion'),
  lint: () => import('./cases/lint'),
  fixAll: () => import('./cases/fixAll'),
  render: () => import('./cases/render'),
  preview: () => import('./cases/preview'),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  for (const [group, load] of Object.entries(groups)) {
    if (only && group !== only) continue;
    for (const c of (await load()).cases) console.log(formatResult(measure(c)));
  }
}

void main();
