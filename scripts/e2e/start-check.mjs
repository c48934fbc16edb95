// `npm run start:check`: runs `npm start`'s code-server path as a user would, opens the printed URL in headless
// Chromium and checks what a user sees: the sample deck open, the Outline view filled with the slide tree,
// and each slide folded by "Fold All". Screenshots go to test-results/start-*.png.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, loadPlaywright } from './browser-driver.mjs';
import { findChromium } from '../code-server.mjs';
import { ROOT } from './build-suite.mjs';
import { runCommand } from './palette.mjs';

const PORT = Number(process.env.START_CHECK_PORT || 8812);
const OUT = join(ROOT, 'test-results');
const DECK = '20261126.md';
const DECK_PATH = join(ROOT, 'sample', 'community-call', DECK);

function startLikeAUser() {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
    env: { ...process.env, PORT: String(PORT), SCS_DECK_USE_CODE_SERVER: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (d) => {
      seen += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(seen);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL`)));
  });
  return { child, url };
}

async function check(page) {
  const deckTab = page.locator('.tab.active', { hasText: DECK });
  await deckTab.waitFor({ timeout: 60_000 });
  console.log(`[start] the sample deck ${DECK} is open in the active editor`);
  // Collapse the file tree so the Outline gets the height of the side bar.
  await page.locator('.pane-header', { hasText: 'sample' }).first().click();
  await runCommand(page, 'Explorer: Focus on Outline View');
  const rows = page.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row');
  await page.locator('.monaco-list-row', { hasText: '2.1 Team IaaS' }).first().waitFor({ timeout: 30_000 });
  await runCommand(page, 'View: Expand All', { attempts: 1 }).catch(() => {});
  console.log(`[start] outline rows: ${(await rows.allInnerTexts()).map((t) => t.split('\n')[0]).join(' | ')}`);
  await page.screenshot({ path: join(OUT, 'start-outline.png') });
  await page.locator('.monaco-editor .view-lines').first().click();
  await runCommand(page, 'Fold All');
  await page.locator('.monaco-editor .inline-folded').first().waitFor({ timeout: 10_000 });
  console.log(`[start] folded regions after Fold All: ${await page.locator('.monaco-editor .inline-folded').count()}`);
  await page.screenshot({ path: join(OUT, 'start-folded.png') });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const { child, url } = startLikeAUser();
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  const { chromium } = loadPlaywright();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  // The check drives the real sample deck in this repository: keys sent before a widget has focus land in
  // the editor, and the deck must not come out of a check changed.
  const original = readFileSync(DECK_PATH, 'utf8');
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(await url);
    await check(page);
    console.log(`[start] ok; screenshots in ${OUT}/start-outline.png and start-folded.png`);
    return 0;
  } catch (err) {
    console.log(`[start] FAILED: ${err?.message ?? err}`);
    const pages = browser.contexts().flatMap((c) => c.pages());
    await pages[0]?.screenshot({ path: join(OUT, 'start-failure.png') }).catch(() => {});
    return 1;
  } finally {
    await browser.close();
    stop();
    if (readFileSync(DECK_PATH, 'utf8') !== original) {
      writeFileSync(DECK_PATH, original);
      console.log(`[start] FAILED: the check changed ${DECK} (restored)`);
      process.exitCode = 1;
    }
  }
}

main().then((rc) => process.exit(rc || process.exitCode || 0));
