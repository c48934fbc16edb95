/* global Image */
// Drives the deck preview in a real VS Code (code-server + headless Chromium) like a user: open the
// sample deck, open the preview beside it, move the cursor, type into a slide, navigate the preview,
// open the overview, lock, hide and show, export, the notes, presenting, and reload the window; saves
// screenshots and timings under test-results/preview/ and exits non-zero when a step fails.
// Usage: npm run test:ui   (PORT defaults to 8911)
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { runCommand as runPaletteCommand } from '../../../scripts/e2e/palette.mjs';
import { CACHE_DIR, ensureCodeServer, findChromium, killGroup, prepareRunDir, startCodeServer, waitHealthy } from '../../../scripts/code-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const out = join(root, 'test-results', 'preview');
mkdirSync(out, { recursive: true });
await ensureCodeServer();
const { chromium } = createRequire(join(CACHE_DIR, 'package.json'))('playwright-core');

const port = Number(process.env.PORT || 8911);
const runDir = mkdtempSync(join(tmpdir(), 'scs-deck-preview-ui-'));
const ws = join(runDir, 'ws');
cpSync(join(root, 'sample'), ws, { recursive: true });
// A 16×16 PNG beside the deck, which the test links as ./pixel.png to check local images reach the webview.
const PNG_16 = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGMIOLyUJMQwqmFUw/DVAACVf7gQvQMfRAAAAABJRU5ErkJggg==';
writeFileSync(join(ws, 'community-call', 'pixel.png'), Buffer.from(PNG_16, 'base64'));
// PREVIEW_DECK=<file.md> only looks at another deck (screenshots of a few slides and the overview).
const lookAt = process.env.PREVIEW_DECK;
const LOOKED = 'look-only run done';
if (lookAt) cpSync(lookAt, join(ws, 'community-call', basename(lookAt)));
const deck = join(ws, 'community-call', lookAt ? basename(lookAt) : '20261126.md');
// The page URL names the deck to open, and a window opened with a file restores its other editors only
// with `window.restoreWindows: preserve`: the reload step below needs them back.
prepareRunDir(runDir, { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'window.restoreWindows': 'preserve' });
// The smoke-test driver option makes code-server honour the extensionDevelopmentPath payload.
const server = startCodeServer({ runDir, port, workspace: ws, testDriver: true, logFile: true });
const serverLog = createWriteStream(join(out, 'code-server.log'));
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
const t0 = Date.now();
const log = (...a) => console.log(((Date.now() - t0) / 1000).toFixed(1).padStart(6), ...a);
const results = { steps: [], timings: {} };
let failed = false;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
page.setDefaultTimeout(30000);
const shot = async (name) => page.screenshot({ path: join(out, `${name}.png`) });
const step = (name) => { results.steps.push(name); log(name); };

/** The preview's document (outer webview iframe → #active-frame → our HTML), found by its toolbar. */
async function preview() {
  for (let i = 0; i < 200; i++) {
    for (const f of page.frames()) {
      try {
        if (await f.evaluate(() => !!document.querySelector('.reveal .slides') && !!document.getElementById('scs-toolbar'))) return f;
      } catch { /* frame gone */ }
    }
    await page.waitForTimeout(100);
  }
  throw new Error('preview webview did not appear');
}
// The preview stands on its saved slide (it marks its body then) and shows the deck's slides.
const previewReady = (f, timeout = 30000) => f.waitForFunction(() => document.body.dataset.scsReady === 'true' && document.querySelectorAll('.reveal .slides section[data-scs-index]').length > 3, null, { timeout });
const indices = (f) => f.evaluate(() => { const r = /** @type {any} */ (window).Reveal; return r && r.isReady() ? r.getIndices() : null; });

const runCommand = (title) => runPaletteCommand(page, title);
// Ctrl+G right after the focus moved back can reach the workbench before it counts the editor as active
// ("Open a text editor first…"): then close the box and ask again.
async function gotoLine(line) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(String(line));
    const noEditor = page.locator('.quick-input-widget', { hasText: 'Open a text editor first' });
    await page.waitForTimeout(100);
    if (!(await noEditor.isVisible()) || attempt === 5) break;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+1');
  }
  await page.keyboard.press('Enter');
}
// Ctrl+1 (keyboard, as clicks can land on the webview's focus overlay) puts the focus back into the deck's editor.
const focusEditor = async () => {
  await page.keyboard.press('Control+1');
  await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') && !document.activeElement.closest('.webview'));
};
// The status bar hides "Ln x" while the webview has focus; the editor's active line number stays.
const activeLineScript = () => Number(document.querySelector('.monaco-editor .line-numbers.active-line-number')?.textContent);
const cursorLine = () => page.evaluate(activeLineScript);

try {
  await waitHealthy(port);
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(p)}`;
  const payload = [['extensionDevelopmentPath', remote(root)], ['openFile', remote(deck)]];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.locator('.tab.active', { hasText: basename(deck) }).waitFor({ timeout: 60000 });
  step('deck open');
  // The editor-title button appears once the server says this file is a deck.
  await page.locator('.editor-actions .action-label[aria-label*="Open Preview to the Side"]').first().waitFor({ timeout: 30000 });
  step('editor-title preview button shown');

  await focusEditor();
  await runCommand('SCS Deck: Open Preview to the Side');
  const t1 = Date.now();
  let f = await preview();
  await f.waitForFunction(() => document.querySelectorAll('.reveal .slides section').length > 3 && document.body.dataset.scsReady === 'true');
  results.timings.openPreviewMs = Date.now() - t1;
  const counts = await f.evaluate(() => ({ columns: document.querySelectorAll('.reveal .slides > section').length, slides: document.querySelectorAll('.reveal .slides section[data-scs-index]').length }));
  results.counts = counts;
  step(`preview shows ${counts.slides} slides in ${counts.columns} columns`);
  // HedgeDoc's slide page: its font stack and letter-spacing on the slides, reveal.js's zenburn code colours loaded.
  const look = await f.waitForFunction(() => {
    const reveal = window.getComputedStyle(document.querySelector('.reveal'));
    const zenburn = [...document.styleSheets].some((sheet) => (sheet.href ?? '').endsWith('/zenburn.css') && sheet.cssRules.length > 0);
    return zenburn && reveal.fontFamily.startsWith('-apple-system') && reveal.letterSpacing !== 'normal' ? `${reveal.letterSpacing} ${reveal.fontFamily.slice(0, 30)}` : false;
  }, null, { timeout: 15000 }).then((h) => h.jsonValue()).catch(async () => {
    const got = await f.evaluate(() => { const cs = window.getComputedStyle(document.querySelector('.reveal')); return `${cs.letterSpacing} ${cs.fontFamily}; sheets ${[...document.styleSheets].map((sh) => sh.href).join(' ')}`; });
    throw new Error(`the preview lacks HedgeDoc's slide-page look (${got})`);
  });
  step(`HedgeDoc slide-page look: ${look}, zenburn code colours`);
  // The webview's own default styles (body padding, inline code chips) must not reach the slides.
  const leaks = await f.evaluate(() => {
    const section = document.querySelector('.reveal .slides section.present');
    const p = document.createElement('p');
    p.innerHTML = '<code>x</code> <a href="#x">y</a>';
    section.appendChild(p);
    const code = window.getComputedStyle(p.firstChild);
    const a = window.getComputedStyle(p.lastChild);
    const body = window.getComputedStyle(document.body);
    const got = { bodyPadding: `${body.paddingLeft} ${body.paddingRight}`, codeBox: `${code.backgroundColor} ${code.padding} ${code.borderRadius}`, codeColor: code.color, text: window.getComputedStyle(p).color, link: `${a.color} ${a.textDecorationLine}` };
    p.remove();
    return got;
  });
  if (leaks.bodyPadding !== '0px 0px' || leaks.codeBox !== 'rgba(0, 0, 0, 0) 0px 0px' || leaks.codeColor !== leaks.text) {
    throw new Error(`VS Code's webview defaults reach the slides: ${JSON.stringify(leaks)}`);
  }
  step(`no webview defaults on the slides: ${JSON.stringify(leaks)}`);
  await page.waitForTimeout(500);
  await shot('1-preview-open');
  if (lookAt) {
    await page.locator('iframe.webview').last().click({ position: { x: 200, y: 300 } });
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(900);
      await shot(`look-${i}`);
    }
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(900);
    await shot('look-down');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    await shot('look-overview');
    throw new Error(LOOKED);
  }

  // Cursor onto "Team IaaS - Networking" (a vertical slide): the preview follows.
  await focusEditor();
  await gotoLine(62);
  await f.waitForFunction(() => { const i = window.Reveal.getIndices(); return i.h === 1 && i.v === 2; });
  step(`cursor at line 62 → preview ${JSON.stringify(await indices(f))}`);
  await page.waitForTimeout(400);
  await shot('2-cursor-sync');

  // Emoji PNGs from dist/media and a local image beside the deck load in the webview (CSP, resource roots).
  await focusEditor();
  await gotoLine(54);
  await f.waitForFunction(() => window.Reveal.getIndices().v === 1);
  await f.waitForFunction(() => { const img = document.querySelector('section.present img.emoji'); return img && img.complete && img.naturalWidth > 0; });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('![](./pixel.png)');
  await f.waitForFunction(() => { const img = document.querySelector('section.present img[src*="pixel.png"]'); return img && img.complete && img.naturalWidth === 16; }, null, { timeout: 15000 });
  const src = await f.evaluate(() => document.querySelector('section.present img[src*="pixel.png"]').getAttribute('src'));
  step(`emoji image and local ./pixel.png load in the webview (${src.replace(/^(https?:\/\/[^/]+).*/, '$1/…')})`);
  await page.keyboard.press('Control+Shift+K'); // delete the line again
  await f.waitForFunction(() => !document.querySelector('img[src*="pixel.png"]'));
  // The same file as the slide's background image: reveal.js re-encodes background URLs, which once broke the
  // webview's `file+` host. The URL reveal.js put into the style must load the 16 px image.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('<!-- .slide: data-background-image="./pixel.png" -->');
  const bgUrl = await f.waitForFunction(() => {
    const el = [...document.querySelectorAll('.backgrounds .slide-background-content')].find((e) => e.style.backgroundImage.includes('pixel.png'));
    return el ? /url\("?([^")]+)"?\)/.exec(el.style.backgroundImage)?.[1] : undefined;
  }, null, { timeout: 15000 }).then((h) => h.jsonValue());
  const background = await f.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
    } catch {
      return { url, width: 0 };
    }
    return { url, width: img.naturalWidth };
  }, bgUrl);
  if (background.width !== 16) throw new Error(`the background image did not load: ${background.url}`);
  // And it is on screen: the slide's background shows the image's colour (pixel.png is rgb(80, 195, 165)) at its
  // corners, where no slide text covers it.
  const backgroundShot = await (await f.$('.backgrounds .slide-background.present .slide-background-content')).screenshot();
  const probe = await browser.newPage();
  const corners = await probe.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const at = (x, y) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)];
    const w = img.width - 1;
    const h = img.height - 1;
    return [at(4, 4), at(w - 4, 4), at(4, h - 4), at(w - 4, h - 4)];
  }, backgroundShot.toString('base64'));
  await probe.close();
  const teal = corners.filter(([r, g, b]) => Math.abs(r - 80) <= 6 && Math.abs(g - 195) <= 6 && Math.abs(b - 165) <= 6);
  if (teal.length < 3) throw new Error(`the background image is not on screen: corner colours ${JSON.stringify(corners)}`);
  step(`background image ./pixel.png loads in the webview and shows on the slide (${background.url.replace(/^(https?:\/\/[^/]+).*/, '$1/…')})`);
  await page.keyboard.press('Control+Shift+K');
  await f.waitForFunction(() => ![...document.querySelectorAll('.backgrounds .slide-background-content')].some((e) => e.style.backgroundImage.includes('pixel.png')));
  await focusEditor();
  await gotoLine(62);
  await f.waitForFunction(() => { const i = window.Reveal.getIndices(); return i.h === 1 && i.v === 2; });

  // Type into the slide: only that section is patched. Timed from the last keystroke, as a reader sees it:
  // a single key after a pause, and the last key of a burst (gathered for scsDeck.preview.debounceMs).
  const measure = async (label, pauseMs) => {
    const samples = [];
    const parts = [];
    for (let i = 0; i < 6; i++) {
      const word = `${label}${i}x`;
      await page.keyboard.press('End');
      await page.keyboard.type(` ${label}${i}`);
      await page.waitForTimeout(pauseMs);
      const start = Date.now();
      await page.keyboard.press('x');
      await f.waitForFunction((w) => document.querySelector('.reveal .slides section.present')?.textContent?.includes(w), word, { polling: 5 });
      samples.push(Date.now() - start);
      const part = await f.evaluate(() => ({ ...JSON.parse(document.body.dataset.scsTiming ?? '{}'), patch: Number(document.body.dataset.scsPatchMs) }));
      parts.push({ ...part, keyToWebview: part.receivedAt - start, receivedAt: undefined });
    }
    const sorted = [...samples].sort((a, b) => a - b);
    results.timings[label] = { median: sorted[Math.floor(sorted.length / 2)], samples, parts };
    step(`${label}: keystroke → preview median ${results.timings[label].median} ms (samples ${samples.join(', ')})`);
  };
  await measure('afterPause', 600);
  await measure('endOfBurst', 0);
  await shot('3-typed');

  const after = await indices(f);
  if (after.h !== 1 || after.v !== 2) throw new Error(`preview lost its slide while typing: ${JSON.stringify(after)}`);
  await shot('3-typed');

  // Navigate in the preview: the editor cursor follows to the slide's first content line.
  const before = await cursorLine();
  await page.locator('iframe.webview').last().click({ position: { x: 200, y: 200 } });
  await page.keyboard.press('ArrowRight');
  await f.waitForFunction(() => window.Reveal.getIndices().h === 2);
  await page.waitForFunction((b) => Number(document.querySelector('.monaco-editor .line-numbers.active-line-number')?.textContent) !== b, before);
  step(`preview → h=2, editor cursor ${before} → ${await cursorLine()}`);
  await shot('4-preview-to-editor');

  // The overview marks the slide under the cursor.
  await page.keyboard.press('Escape');
  await f.waitForFunction(() => window.Reveal.isOverview());
  await page.waitForTimeout(600);
  const marked = await f.evaluate(() => document.querySelectorAll('section.scs-cursor').length);
  step(`overview open, ${marked} slide marked as under the cursor`);
  await shot('5-overview');
  await page.keyboard.press('Escape');

  // Lock: the preview stops following.
  await f.click('#scs-lock');
  // The webview shows the lock once the extension has taken it.
  await f.waitForFunction(() => document.body.classList.contains('scs-locked'));
  await focusEditor();
  await gotoLine(12);
  await page.waitForTimeout(600);
  const locked = await indices(f);
  step(`locked: cursor to line 12, preview stays at ${JSON.stringify(locked)}`);
  if (locked.h === 0) throw new Error('locked preview followed the cursor');
  await f.click('#scs-lock');
  await f.waitForFunction(() => !document.body.classList.contains('scs-locked'));

  // Hidden and shown again (no retainContextWhenHidden): the webview restarts from its saved state.
  await focusEditor();
  await gotoLine(62);
  await f.waitForFunction(() => { const i = window.Reveal.getIndices(); return i.h === 1 && i.v === 2; });
  await page.keyboard.press('Control+2');
  await page.waitForTimeout(300);
  // A new untitled file in the preview's group hides the preview.
  await runCommand('File: New Untitled Text File');
  await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
  await page.waitForTimeout(800);
  await page.locator('.tab', { hasText: 'Preview 20261126.md' }).click();
  const f2 = await preview();
  await previewReady(f2);
  const back = await indices(f2);
  step(`hidden and shown again: preview at ${JSON.stringify(back)}`);
  if (back.h !== 1 || back.v !== 2) throw new Error('the preview lost its slide when hidden');
  // Starting again must not count as the reader's move: the editor cursor stays where it was.
  await page.waitForTimeout(500);
  const lineBack = await cursorLine();
  step(`editor cursor after the preview came back: line ${lineBack}`);
  if (lineBack !== 62) throw new Error(`showing the preview again moved the editor cursor to line ${lineBack}`);
  f = f2;

  // Export to HTML and PDF through the save dialog (code-server's own: a path in a quick input; Enter takes the default).
  for (const [format, ext] of [['HTML', 'html'], ['PDF', 'pdf']]) {
    await focusEditor();
    await runCommand(`SCS Deck: Export to ${format}`);
    await page.locator('.quick-input-widget input').waitFor();
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    const file = join(ws, 'community-call', `20261126.${ext}`);
    const t = Date.now();
    while (!(existsSync(file) && statSync(file).size > 0) && Date.now() - t < 90000) await page.waitForTimeout(200);
    const size = existsSync(file) ? statSync(file).size : 0;
    step(`export ${format}: ${size} bytes in ${Date.now() - t} ms`);
    if (!size) throw new Error(`no ${ext} file written`);
    // The author is told where the file went, with an Open button. (This code-server shows no toasts
    // while driven headless, so the notification is read from the notifications center.)
    await page.keyboard.press('Escape');
    await runCommand('Notifications: Show Notifications');
    const told = page.locator('.notifications-center .notification-list-item', { hasText: `to 20261126.${ext}` }).first();
    await told.waitFor({ timeout: 30000 });
    step(`notification: "${(await told.locator('.notification-list-item-message').innerText()).trim()}"`);
    await shot(`6-exported-${ext}`);
    await runCommand('Notifications: Clear All Notifications');
  }

  // Notes and presenting.
  await focusEditor();
  await gotoLine(62);
  await f.waitForFunction(() => window.Reveal.getIndices().v === 2);
  await f.click('#scs-notes-toggle');
  await f.waitForFunction(() => !document.getElementById('scs-notes').hidden);
  const notes = await f.evaluate(() => document.getElementById('scs-notes-body').textContent);
  step(`notes panel: ${JSON.stringify(notes.trim().slice(0, 60))}`);
  await page.waitForTimeout(1200);
  await shot('6-notes');
  await f.click('#scs-notes-toggle');
  await focusEditor();
  await runCommand('SCS Deck: Present');
  await page.waitForTimeout(1500);
  await shot('7-present');
  step('presenting');

  // A window reload brings the preview back through the panel serializer, on the same slide.
  const beforeReload = await indices(f);
  await page.waitForTimeout(Number(process.env.RELOAD_WAIT_MS || 3000));
  await runCommand('Developer: Reload Window');
  await page.waitForTimeout(3000);
  await page.locator('.monaco-workbench').waitFor();
  f = await preview();
  await previewReady(f, 60000);
  const afterReload = await indices(f);
  results.reload = { before: beforeReload, after: afterReload };
  step(`reloaded: preview restored at ${JSON.stringify(afterReload)} (was ${JSON.stringify(beforeReload)})`);
  if (afterReload.h !== beforeReload.h || afterReload.v !== beforeReload.v) throw new Error('the reloaded preview is on another slide');
  // Let the slide transition finish before the picture.
  await page.waitForTimeout(1200);
  await shot('8-reloaded');
} catch (e) {
  failed = e.message !== LOOKED;
  log('FAILED', e.message);
  await shot('fail').catch(() => {});
}
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
await browser.close();
killGroup(server);
log(failed ? 'PREVIEW UI FAILED' : 'PREVIEW UI PASSED');
process.exit(failed ? 1 : 0);
