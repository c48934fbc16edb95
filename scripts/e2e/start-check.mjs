// `npm run start:check`: runs `npm start` exactly as a user types it (through npm, so npm's own environment
// variables reach the install), with VS Code taken from code-server. Set SCS_DECK_CACHE to an empty directory
// to prove the first install. It opens the printed URL in headless Chromium and checks what a user sees: the
// sample deck open in the editor, and the extension loaded (its slide tree in the Outline view, its slide
// number in the status bar). A screenshot goes to test-results/start-outline.png.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, loadPlaywright } from './browser-driver.mjs';
import { findChromium } from '../code-server.mjs';
import { ROOT } from './build-suite.mjs';

const PORT = Number(process.env.START_CHECK_PORT || 8812);
const OUT = join(ROOT, 'test-results');
const DECK = '20261126.md';
const DECK_PATH = join(ROOT, 'sample', 'community-call', DECK);
const say = (msg) => console.log(`[start] ${msg}`);

function startLikeAUser() {
  const t0 = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: String(PORT), SCS_DECK_USE_CODE_SERVER: '1' },
  });
  const url = new Promise((resolve, reject) => {
    let seen = '';
    let found = false;
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      seen += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(seen);
      if (m && !found) {
        found = true;
        say(`npm start printed its URL after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL`)));
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch { /* already gone */ }
  };
  return { url, stop };
}

async function check(page) {
  await page.locator('.tab.active', { hasText: DECK }).waitFor({ timeout: 90_000 });
  say(`the sample deck ${DECK} is open in the active editor`);
  // Collapse the file tree so the Outline gets the side bar's height, and open the Outline if it is closed.
  await page.locator('.pane-header', { hasText: 'sample' }).first().click();
  const outline = page.locator('.pane-header', { hasText: 'Outline' }).first();
  if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
  await page.locator('.monaco-list-row', { hasText: '2.1 Team IaaS' }).first().waitFor({ timeout: 60_000 });
  const rows = page.locator('.monaco-list-row', { hasText: /^\d+(\.\d+)? / });
  say(`the extension's slide tree is in the Outline: ${(await rows.allInnerTexts()).slice(0, 6).map((t) => t.split('\n')[0]).join(' | ')} …`);
  // The cursor's slide, as `1 / 29`: the extension's status bar item.
  const slide = page.locator('.statusbar-item', { hasText: /^\s*\d+(\.\d+)? \/ \d+\s*$/ }).first();
  await slide.waitFor({ timeout: 30_000 });
  say(`status bar: ${(await slide.innerText()).trim()}`);
  await page.screenshot({ path: join(OUT, 'start-outline.png') });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const original = readFileSync(DECK_PATH, 'utf8');
  const { url, stop } = startLikeAUser();
  process.on('exit', stop);
  let browser;
  try {
    const address = await url;
    // Loaded only now: on a first run playwright-core arrives with the install `npm start` makes.
    const { chromium } = loadPlaywright();
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(address);
    await check(page);
    say(`ok; screenshot in ${OUT}/start-outline.png`);
    return 0;
  } catch (err) {
    say(`FAILED: ${err?.message ?? err}`);
    const pages = browser?.contexts().flatMap((c) => c.pages()) ?? [];
    await pages[0]?.screenshot({ path: join(OUT, 'start-failure.png') }).catch(() => {});
    return 1;
  } finally {
    await browser?.close();
    stop();
    // The check must leave the sample deck as it found it.
    if (readFileSync(DECK_PATH, 'utf8') !== original) {
      writeFileSync(DECK_PATH, original);
      say(`FAILED: the check changed ${DECK} (restored)`);
      process.exitCode = 1;
    }
  }
}

main().then((rc) => process.exit(rc || process.exitCode || 0));
