// Compares our HTML export with a real HedgeDoc 1.12 slide view, slide by slide, and prints the pixel differences.
//
//   node scripts/fidelity.mjs [deck.md ...] [--uploads DIR] [--out DIR] [--base URL] [--oracle DIR]
//                             [--max-pct N] [--mean-pct N] [--cli bin/scs-deck.js]
//
// Without decks it takes test/fixtures/fidelity/*.md (their images come from test/fixtures/fidelity/uploads).
// The oracle is the HedgeDoc recipe folder (default ../shared/hedgedoc beside the repository, or $HEDGEDOC_ORACLE):
// its shots.js screenshots HedgeDoc's /p/<id> view and our export at 1280x720 and diffs them. Without --base the
// script starts HedgeDoc with the oracle's start.sh (port $HEDGEDOC_PORT) and stops it again if it started it.
// Needs `node scripts/build.mjs` first. Exits 1 when a slide differs by more than --max-pct or a deck's mean by
// more than --mean-pct (both off unless given).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/fidelity.mjs [deck.md ...] [--uploads DIR] [--out DIR] [--base URL] [--oracle DIR] [--max-pct N] [--mean-pct N] [--cli FILE]';

const opts = { uploads: [], decks: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const value = () => {
    if (i + 1 >= argv.length) fail(`${a} needs a value\n${USAGE}`);
    return argv[++i];
  };
  if (a === '--uploads') opts.uploads.push(resolve(value()));
  else if (a === '--out') opts.out = resolve(value());
  else if (a === '--base') opts.base = value().replace(/\/+$/, '');
  else if (a === '--oracle') opts.oracle = resolve(value());
  else if (a === '--max-pct') opts.maxPct = Number(value());
  else if (a === '--mean-pct') opts.meanPct = Number(value());
  // Another build's CLI (say, a checkout of an older version) to measure instead of this one.
  else if (a === '--cli') opts.cli = resolve(value());
  else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
  else opts.decks.push(resolve(a));
}

const fixtures = join(root, 'test/fixtures/fidelity');
if (opts.decks.length === 0) {
  opts.decks = readdirSync(fixtures).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => join(fixtures, f));
  opts.uploads.push(join(fixtures, 'uploads'));
}
const oracle = opts.oracle ?? resolve(process.env.HEDGEDOC_ORACLE ?? join(root, '../shared/hedgedoc'));
const shots = join(oracle, 'shots.js');
if (!existsSync(shots)) fail(`no HedgeDoc oracle at ${oracle} (pass --oracle DIR or set HEDGEDOC_ORACLE)`);
const cli = opts.cli ?? join(root, 'bin/scs-deck.js');
if (!existsSync(join(dirname(cli), '../dist/server.js'))) fail(`${cli}: its dist/ is missing: run node scripts/build.mjs first`);
const out = opts.out ?? join(root, 'test-results/fidelity');
mkdirSync(out, { recursive: true });

let started = false;
if (!opts.base) {
  const run = spawnSync('bash', [join(oracle, 'start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stderr.write(run.stderr);
  if (run.status !== 0) fail('HedgeDoc did not start (see the start.sh output above)');
  opts.base = run.stdout.trim().split('\n').at(-2);
  // start.sh says so when the server was already running; only a server this run started is ours to stop.
  started = !/already running/.test(run.stderr);
}

const results = [];
try {
  for (const deck of opts.decks) results.push(measure(deck));
} finally {
  if (started) spawnSync('bash', [join(oracle, 'stop.sh')], { stdio: 'ignore' });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('deck', 28)}${pad('slides', 8)}${pad('mean %', 9)}${pad('max %', 9)}worst`);
for (const r of results) console.log(`${pad(r.name, 28)}${pad(r.slides, 8)}${pad(r.mean.toFixed(3), 9)}${pad(r.max.toFixed(2), 9)}${r.worst}${r.note ? `  (${r.note})` : ''}`);
const all = results.flatMap((r) => r.rows);
if (all.length) {
  const mean = all.reduce((s, x) => s + x, 0) / all.length;
  console.log(`${pad('all', 28)}${pad(all.length, 8)}${pad(mean.toFixed(3), 9)}${pad(Math.max(...all).toFixed(2), 9)}`);
}
const failing = results.filter((r) => r.note || (opts.maxPct !== undefined && r.max > opts.maxPct) || (opts.meanPct !== undefined && r.mean > opts.meanPct));
process.exit(failing.length ? 1 : 0);

/** Exports one deck with the CLI and runs shots.js on it; returns its per-slide differences. */
function measure(deck) {
  const name = basename(deck, '.md');
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  const ours = join(dir, 'ours.html');
  const uploads = opts.uploads.length ? opts.uploads : [dirname(deck)];
  // --allow-remote: images without a local copy are requested as HedgeDoc requests them (shots.js answers both
  // pages alike); without it the export's CSP refuses them and reports violations shots.js stumbles over.
  execFileSync(process.execPath, [cli, 'render', '--allow-remote', deck, '-o', ours, ...uploads.flatMap((u) => ['--uploads', u])], { stdio: ['ignore', 'ignore', 'inherit'] });
  const run = spawnSync(process.execPath, [shots, deck, dir, '--base', opts.base, '--uploads', uploads[0], '--html', ours, '--compare'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0 || !existsSync(join(dir, 'diff.json'))) return { name, slides: 0, mean: 0, max: 0, worst: '', rows: [], note: `shots.js failed (${run.status})` };
  const { summary, rows } = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8'));
  const valid = rows.filter((r) => r.diffPct != null);
  // diffPct is rounded to 0.01; the pixel counts give the mean without that rounding.
  const pct = valid.map((r) => (r.diffPixels !== undefined ? (100 * r.diffPixels) / (1280 * 720) : r.diffPct));
  const worst = valid.reduce((w, r, i) => (pct[i] > (w?.pct ?? -1) ? { slide: r.slide, pct: pct[i] } : w), undefined);
  const note = summary.structureIdentical ? (valid.length === rows.length ? '' : 'slides missing') : 'structure differs';
  return { name, slides: valid.length, mean: pct.length ? pct.reduce((s, x) => s + x, 0) / pct.length : 0, max: worst?.pct ?? 0, worst: worst?.slide ?? '', rows: pct, note };
}

function fail(message) {
  console.error(`fidelity: ${message}`);
  process.exit(2);
}
