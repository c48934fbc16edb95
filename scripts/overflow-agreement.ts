// Checks that `slide-overflow` says what HedgeDoc 1.12 shows: for every slide, whether it overflows and by how many
// pixels, against the HedgeDoc oracle's measurement (shots.js: 1280x720, the current section's scrollHeight minus
// reveal's configured height). Prints one table row per deck and the slides that disagree.
//
//   node --import tsx scripts/overflow-agreement.ts [deck.md ...] [--base URL] [--uploads DIR] [--out DIR]
//                                                   [--oracle DIR] [--tolerance PX] [--browser PATH] [--reuse]
//
// Without decks it takes test/fixtures/fidelity/*.md (images from test/fixtures/fidelity/uploads); otherwise each
// deck's images come from its own folder unless --uploads names one. HedgeDoc must be running (--base, default
// http://127.0.0.1:${HEDGEDOC_PORT:-3300}); --reuse takes HedgeDoc's measurements an earlier run left in --out.
// Needs `node scripts/build.mjs` first. Exits 1 when a slide disagrees.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDeck } from '../server/src/core';
import { overflowOf } from '../server/src/core/layout/slideMeasure';
import { lintDeck } from '../server/src/core/rules/engine';
import { slideLine } from '../server/src/core/rules/slideOverflow';
import { findBrowser } from '../server/src/export/browser';
import { exportHtml } from '../server/src/export/exportHtml';
import { findMedia } from '../server/src/export/media';
import { measureSlides } from '../server/src/export/slideLayout';

const root = join(__dirname, '..');
const USAGE = 'usage: node --import tsx scripts/overflow-agreement.ts [deck.md ...] [--base URL] [--uploads DIR] [--out DIR] [--oracle DIR] [--tolerance PX] [--browser PATH] [--reuse]';

interface HedgedocSlide { h: number; v: number; overflowPx: number; scrollHeight: number }
interface Row { slide: string; hedgedoc: number | undefined; ours: number | undefined; flagged: boolean; heightDelta?: number }

function fail(message: string): never {
  console.error(`overflow-agreement: ${message}`);
  process.exit(2);
}

const opts: { decks: string[]; uploads?: string; out?: string; base?: string; oracle?: string; tolerance: number; browser?: string; reuse?: boolean } = { decks: [], tolerance: 3 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const value = () => (i + 1 < argv.length ? argv[++i] : fail(`${a} needs a value\n${USAGE}`));
  if (a === '--uploads') opts.uploads = resolve(value());
  else if (a === '--out') opts.out = resolve(value());
  else if (a === '--base') opts.base = value().replace(/\/+$/, '');
  else if (a === '--oracle') opts.oracle = resolve(value());
  else if (a === '--tolerance') opts.tolerance = Number(value());
  else if (a === '--browser') opts.browser = value();
  else if (a === '--reuse') opts.reuse = true;
  else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
  else opts.decks.push(resolve(a));
}
const fixtures = join(root, 'test/fixtures/fidelity');
if (opts.decks.length === 0) {
  opts.decks = readdirSync(fixtures).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => join(fixtures, f));
  opts.uploads ??= join(fixtures, 'uploads');
}
const oracle = opts.oracle ?? resolve(process.env.HEDGEDOC_ORACLE ?? join(root, '../shared/hedgedoc'));
const shots = join(oracle, 'shots.js');
if (!existsSync(shots)) fail(`no HedgeDoc oracle at ${oracle} (pass --oracle DIR or set HEDGEDOC_ORACLE)`);
const base = opts.base ?? `http://127.0.0.1:${process.env.HEDGEDOC_PORT ?? 3300}`;
const browser = findBrowser(opts.browser) ?? fail('no Chromium found (pass --browser PATH or set $CHROMIUM)');
const media = findMedia() ?? fail('dist/media is missing: run node scripts/build.mjs first');
const out = opts.out ?? join(root, 'test-results/overflow-agreement');

/** HedgeDoc's own measurement of every slide, by the oracle (tried three times: a busy HedgeDoc answers 503). */
function hedgedocSlides(deck: string, uploads: string): HedgedocSlide[] | undefined {
  const dir = join(out, basename(deck, '.md'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'hedgedoc/slides.json');
  if (opts.reuse && existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { slides: HedgedocSlide[] }).slides;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const run = spawnSync(process.execPath, [shots, deck, dir, '--base', base, '--uploads', uploads], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status === 0 && existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { slides: HedgedocSlide[] }).slides;
    spawnSync('sleep', [String(5 * attempt)]);
  }
  console.error(`overflow-agreement: shots.js failed on ${deck}; left out`);
  return undefined;
}

/** Ours: the export laid out as `lint --layout` does, and which slides `slide-overflow` reports. */
async function ourSlides(deckPath: string, uploads: string): Promise<Map<string, { px: number; flagged: boolean; height: number }>> {
  const text = readFileSync(deckPath, 'utf8');
  const measured = await measureSlides(exportHtml(text, { deckPath, media, uploadDirs: [uploads] }).html, browser);
  const byKey = new Map(measured.map((m) => [`${m.h}.${m.v}`, m]));
  const deck = parseDeck(text);
  const found = lintDeck(deck, { only: ['slide-overflow'], environment: { measures: (s) => byKey.get(`${s.h}.${s.v}`) } });
  const flaggedLines = new Set(found.map((d) => d.range.start.line));
  const result = new Map<string, { px: number; flagged: boolean; height: number }>();
  for (const slide of deck.slides) {
    const m = byKey.get(`${slide.h}.${slide.v}`);
    if (m) result.set(`${slide.h}.${slide.v}`, { px: overflowOf(m)?.px ?? 0, height: m.contentHeight, flagged: flaggedLines.has(deck.lines.positionAt(slideLine(deck, slide).start).line) });
  }
  return result;
}

async function main(): Promise<void> {
  const failed: string[] = [];
  const table: { name: string; slides: number; agree: number; disagree: Row[]; overflowing: number; maxDelta: number }[] = [];
  for (const deck of opts.decks) {
    const uploads = opts.uploads ?? dirname(deck);
    const hd = hedgedocSlides(deck, uploads);
    if (!hd) {
      failed.push(basename(deck));
      continue;
    }
    const ours = await ourSlides(deck, uploads);
    const rows: Row[] = [];
    const keys = new Set([...hd.map((s) => `${s.h}.${s.v}`), ...ours.keys()]);
    for (const slide of keys) {
      const h = hd.find((s) => `${s.h}.${s.v}` === slide);
      const o = ours.get(slide);
      rows.push({ slide, hedgedoc: h?.overflowPx, ours: o?.px, flagged: !!o?.flagged, heightDelta: h && o ? Math.abs(h.scrollHeight - o.height) : undefined });
    }
    const agrees = (r: Row) => r.hedgedoc !== undefined && r.ours !== undefined && (r.hedgedoc > 0) === r.flagged && Math.abs(r.hedgedoc - r.ours) <= opts.tolerance;
    table.push({ name: basename(deck), slides: rows.length, agree: rows.filter(agrees).length, disagree: rows.filter((r) => !agrees(r)), overflowing: rows.filter((r) => (r.hedgedoc ?? 0) > 0).length, maxDelta: Math.max(0, ...rows.map((r) => r.heightDelta ?? 0)) });
    const last = table[table.length - 1];
    console.error(`${last.name}: ${last.agree}/${last.slides} agree`);
  }
  const pad = (s: unknown, n: number) => String(s).padEnd(n);
  console.log(`\n${pad('deck', 24)}${pad('slides', 8)}${pad('overflow', 10)}${pad('agree', 7)}${pad('disagree', 10)}${pad('max Δpx', 9)}details (slide hedgedoc/ours px; * = reported)`);
  for (const r of table) {
    const details = r.disagree.map((d) => `${d.slide} ${d.hedgedoc ?? '-'}/${d.ours ?? '-'}${d.flagged ? '*' : ''}`).join(', ');
    console.log(`${pad(r.name, 24)}${pad(r.slides, 8)}${pad(r.overflowing, 10)}${pad(r.agree, 7)}${pad(r.disagree.length, 10)}${pad(r.maxDelta, 9)}${details}`);
  }
  const sum = (f: (r: (typeof table)[number]) => number) => table.reduce((s, r) => s + f(r), 0);
  console.log(`${pad('all', 24)}${pad(sum((r) => r.slides), 8)}${pad(sum((r) => r.overflowing), 10)}${pad(sum((r) => r.agree), 7)}${pad(sum((r) => r.disagree.length), 10)}${pad(Math.max(0, ...table.map((r) => r.maxDelta)), 9)}(tolerance ${opts.tolerance} px; max Δpx: largest scrollHeight difference of any slide)`);
  if (failed.length) console.log(`not measured by HedgeDoc: ${failed.join(', ')}`);
  process.exit(table.some((r) => r.disagree.length) ? 1 : failed.length ? 2 : 0);
}

void main().catch((e: unknown) => fail(e instanceof Error ? e.stack ?? e.message : String(e)));
