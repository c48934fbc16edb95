// Compares our export with HedgeDoc 1.12's slide view once MathJax has finished on each slide.
//
//   node scripts/fidelity-settled.mjs deck.md --base URL [--out DIR] [--cli bin/scs-deck.js]
//
// fidelity.mjs (through the oracle's shots.js) screenshots a slide 250 ms after showing it. HedgeDoc loads MathJax's
// files one by one over HTTP, so on a slide with math it often still shows raw TeX, MathJax's fast preview or the
// layout from before typesetting; our export carries MathJax inline and is done sooner. This script waits, on both
// pages, until the shown slide has no raw or pending math and MathJax's queue is idle, then diffs the two (pixelmatch,
// threshold 0.1, as shots.js). It needs a running HedgeDoc (`--base`), `node scripts/build.mjs`, and pixelmatch and
// pngjs where shots.js installs them (${HEDGEDOC_SHOTS_TOOLS:-~/.cache/hedgedoc-shots-tools}; run fidelity.mjs once).
// --max-pct/--mean-pct make it exit 1 past those limits. Requests go only to the HedgeDoc base URL and to file: and data: URLs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const base = option('--base')?.replace(/\/+$/, '');
const cli = resolve(option('--cli') ?? join(root, 'bin/scs-deck.js'));
const maxPct = Number(option('--max-pct') ?? Infinity);
const meanPct = Number(option('--mean-pct') ?? Infinity);
const outOption = option('--out');
const deck = args[0] && resolve(args[0]);
if (!deck || !base) {
  console.error('usage: node scripts/fidelity-settled.mjs deck.md --base URL [--out DIR] [--cli FILE] [--max-pct N] [--mean-pct N]');
  process.exit(2);
}
const out = resolve(outOption ?? join(root, 'test-results/fidelity-settled', basename(deck, '.md')));
mkdirSync(out, { recursive: true });

const require = createRequire(import.meta.url);
const tools = process.env.HEDGEDOC_SHOTS_TOOLS ?? join(homedir(), '.cache/hedgedoc-shots-tools');
const pixelmatch = require(join(tools, 'node_modules/pixelmatch'));
const { PNG } = require(join(tools, 'node_modules/pngjs'));
const { chromium } = require('playwright-core');

const ours = join(out, 'ours.html');
execFileSync(process.execPath, [cli, 'render', '--allow-remote', deck, '-o', ours, '--uploads', dirname(deck)], { stdio: ['ignore', 'ignore', 'inherit'] });

/** Why HedgeDoc's side did not settle (its MathJax never started or left a slide undrawn): nothing to compare to. */
const unsettled = [];

/** A new HedgeDoc note with the deck, as its slide view's URL. */
async function noteUrl() {
  const created = await fetch(`${base}/new`, { method: 'POST', headers: { 'Content-Type': 'text/markdown' }, body: readFileSync(deck, 'utf8'), redirect: 'manual' });
  const note = new URL(created.headers.get('location'), base).pathname;
  const slide = await fetch(`${base}${note}/slide`, { redirect: 'manual' });
  return new URL(slide.headers.get('location'), base).href;
}

/** Every horizontal slide, screenshot once its math is done. */
async function walk(browser, url, label) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    return u.startsWith(`${base}/`) || u.startsWith('file:') || u.startsWith('data:') ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.Reveal?.isReady());
  await page.evaluate(() => window.Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  if (label === 'hedgedoc') {
    // HedgeDoc typesets the formulas it renders only if MathJax has loaded by then, which on a busy machine it
    // sometimes has not: they stay raw TeX until the note changes. Wait for MathJax, then typeset what a shown
    // slide still has untypeset, as HedgeDoc does for the formulas it renders, so the comparison does not depend on
    // that race.
    await page.waitForFunction(() => window.MathJax?.isReady, null, { timeout: 120_000 }).catch(() => {
      unsettled.push('MathJax did not start within 2 minutes');
    });
  }
  const total = await page.evaluate(() => window.Reveal.getHorizontalSlides().length);
  const shots = [];
  for (let h = 0; h < total; h++) {
    await page.evaluate((i) => window.Reveal.slide(i, 0), h);
    if (label === 'hedgedoc') {
      await page.evaluate(() => {
        // HedgeDoc takes `raw` off before it calls MathJax, so a failed call leaves spans with neither MathJax's
        // output nor its work in progress (the math/tex scripts it puts in first).
        const untouched = Array.from(window.Reveal.getCurrentSlide().querySelectorAll('span.mathjax'))
          .filter((s) => !s.querySelector('.MathJax, .MathJax_Display, .MathJax_Preview, script[type^="math/tex"]'));
        for (const span of untouched) span.classList.remove('raw');
        // Then lay the slide out again, as HedgeDoc's own call queues its layout callback after typesetting.
        if (untouched.length && window.MathJax?.Hub) window.MathJax.Hub.Queue(['Typeset', window.MathJax.Hub, untouched], () => window.viewAjaxCallback?.());
      });
    }
    await page.waitForTimeout(250);
    // Every formula of the slide drawn (MathJax's output in its span) and none in progress; HedgeDoc leaves raw TeX
    // on a slide it showed before MathJax had loaded, so give up waiting after a while.
    const drawn = await page
      .waitForFunction(() => {
        const slide = window.Reveal.getCurrentSlide();
        const spans = Array.from(slide.querySelectorAll('span.mathjax'));
        const q = window.MathJax?.Hub?.queue;
        return spans.every((s) => s.querySelector('.MathJax, .MathJax_Display')) && !slide.querySelector('.MathJax_Processing, .MathJax_Processed') && (!q || (!q.pending && !q.running));
      }, null, { timeout: 20_000 })
      .then(() => true, () => false);
    if (!drawn) {
      console.error(`${label}: slide ${h} still shows math MathJax has not drawn`);
      if (label === 'hedgedoc') unsettled.push(`slide ${h} left undrawn`);
    }
    // MathJax lays the slide out again a moment after its queue empties.
    await page.waitForTimeout(400);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r)));
    });
    const file = join(out, label, `${h}.png`);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    shots.push(file);
  }
  await page.close();
  return shots;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let hedgedoc, ourShots;
try {
  hedgedoc = await walk(browser, await noteUrl(), 'hedgedoc');
  ourShots = await walk(browser, pathToFileURL(ours).href, 'ours');
} finally {
  await browser.close();
}
if (hedgedoc.length !== ourShots.length) {
  console.error(`HedgeDoc shows ${hedgedoc.length} slides, ours ${ourShots.length}`);
  process.exit(1);
}
mkdirSync(join(out, 'diff'), { recursive: true });
const pct = hedgedoc.map((file, h) => {
  const a = PNG.sync.read(readFileSync(file));
  const b = PNG.sync.read(readFileSync(ourShots[h]));
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  writeFileSync(join(out, 'diff', `${h}.png`), PNG.sync.write(diff));
  return (100 * n) / (a.width * a.height);
});
const mean = pct.reduce((s, p) => s + p, 0) / pct.length;
console.log(`${basename(deck, '.md')}: settled per-slide % ${pct.map((p) => p.toFixed(2)).join(' ')}; mean ${mean.toFixed(3)}, max ${Math.max(...pct).toFixed(2)}`);
// Exits 1 past the limits (--max-pct for any slide, --mean-pct for the deck; both off unless given), or 3 when
// HedgeDoc's side did not settle, which says nothing about ours.
if (unsettled.length) {
  console.error(`fidelity-settled: HedgeDoc did not settle (${unsettled.join('; ')}): no verdict`);
  process.exit(3);
}
if (Math.max(...pct) > maxPct || mean > meanPct) {
  console.error(`fidelity-settled: over the limits (max ${maxPct}%, mean ${meanPct}%)`);
  process.exit(1);
}
