import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildPreviewHtml } from '../../client/src/preview/html';
import { parseDeck } from '../../server/src/core';
import { renderDeck } from '../../server/src/core/render';
import { PRINT_READY } from '../../server/src/export/pdf';
import { splitKnown } from '../../server/src/lsp/renderRequest';
import { exportDeck, launch, openDeck, ROOT } from './helpers';

const DECK = join(ROOT, 'test/fixtures/fidelity/math.md');
const MEDIA = join(ROOT, 'dist/media');

/** Collects what a page reports: CSP violations, console warnings and errors, and every request it makes. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; console: string[]; requests: string[] }> {
  const consoleLines: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') consoleLines.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => consoleLines.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), console: consoleLines, requests };
}

/** Waits until MathJax has drawn the current slide's math (no raw span, nothing being processed, no preview left). */
async function typesetShown(page: Page): Promise<{ math: number; errors: number; text: string }> {
  await page.waitForFunction(() => {
    const s = (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide();
    const pending = s.querySelectorAll('span.mathjax.raw, .MathJax_Processing, .MathJax_Processed').length;
    const drawn = s.querySelectorAll('span.mathjax .MathJax, span.mathjax .MathJax_Display').length;
    return pending === 0 && drawn >= s.querySelectorAll('span.mathjax').length;
  }, null, { timeout: 20_000 });
  return page.evaluate(() => {
    const s = (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide();
    return { math: s.querySelectorAll('.MathJax').length, errors: s.querySelectorAll('.merror').length, text: s.textContent ?? '' };
  });
}

describe('math: MathJax 2.7.9 as HedgeDoc 1.12 sets it up', () => {
  let browser: Browser;
  before(async () => {
    assert.ok(existsSync(join(MEDIA, 'mathjax/mathjax.js')), 'run node scripts/build.mjs first');
    browser = await launch();
  });
  after(() => browser?.close());

  it('an exported deck typesets every formula offline, with no CSP violation and no request', async () => {
    const file = exportDeck(DECK, 'math');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = await watch(page);
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await openDeck(page, file);
    const slides = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    const drawn: number[] = [];
    for (let h = 0; h < slides; h++) {
      await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), h);
      const shown = await typesetShown(page);
      assert.equal(shown.errors, 0, `slide ${h}: MathJax reported an error`);
      drawn.push(shown.math);
    }
    assert.equal(drawn[0], 0, 'the title slide has no math');
    assert.ok(drawn.slice(1).every((n) => n > 0), `every other slide has typeset math: ${drawn.join(', ')}`);
    // HedgeDoc's noErrors and noUndefined extensions: a broken formula shows its TeX, an unknown macro in red.
    const last = await page.evaluate(() => ({ noError: document.querySelectorAll('.MathJax .noError').length, red: Array.from(document.querySelectorAll('.MathJax .mtext')).some((e) => (e as HTMLElement).style.color === 'red') }));
    assert.deepEqual(last, { noError: 1, red: true });
    // The TeX web fonts came along as data: URIs and were used.
    assert.ok(await page.evaluate(() => document.fonts.check('20px MathJax_Main') && Array.from(document.fonts).some((f) => f.family.replace(/"/g, '') === 'MathJax_Main' && f.status === 'loaded')));
    assert.deepEqual(await seen.violations(), []);
    assert.deepEqual(seen.console, []);
    assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    await page.close();
  });

  it('prints (?print-pdf) only once MathJax has typeset every slide', async () => {
    const file = exportDeck(DECK, 'math');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const seen = await watch(page);
    await page.goto(`file://${file}?print-pdf`);
    const pages = await page.evaluate(PRINT_READY);
    assert.equal(pages, 6);
    const state = await page.evaluate(() => ({
      raw: document.querySelectorAll('span.mathjax.raw').length,
      spans: document.querySelectorAll('span.mathjax').length,
      drawn: document.querySelectorAll('span.mathjax > .MathJax, span.mathjax > .MathJax_Display').length,
      errors: document.querySelectorAll('.merror').length,
    }));
    assert.deepEqual(state, { raw: 0, spans: state.drawn, drawn: state.drawn, errors: 0 });
    assert.ok(state.drawn > 10);
    assert.deepEqual(await seen.violations(), []);
    await page.close();
  });

  it('an export without math carries no MathJax', () => {
    const html = readFileSync(exportDeck(join(ROOT, 'test/fixtures/fidelity/basics.md'), 'no-math'), 'utf8');
    assert.doesNotMatch(html, /MathJax/);
  });

  describe('the preview webview', () => {
    let server: Server;
    let base: string;
    before(async () => {
      // A stand-in for the webview's resource origin: dist/media and the preview page, from loopback only.
      server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname === '/favicon.ico') {
          res.writeHead(204).end();
          return;
        }
        if (url.pathname === '/preview.html') {
          res.writeHead(200, { 'Content-Type': 'text/html' });
          res.end(buildPreviewHtml({ cspSource: base, nonce: 'n0nce', mediaBase: `${base}/media` }));
          return;
        }
        const file = normalize(join(MEDIA, decodeURIComponent(url.pathname.replace(/^\/media\//, ''))));
        if (!url.pathname.startsWith('/media/') || !file.startsWith(MEDIA) || !existsSync(file) || !statSync(file).isFile()) {
          res.writeHead(404).end();
          return;
        }
        const type = { '.js': 'text/javascript', '.css': 'text/css', '.woff': 'font/woff', '.webp': 'image/webp' }[extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type });
        createReadStream(file).pipe(res);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    /** What the extension posts for a deck text: the slides the webview lacks. */
    function renderMessage(text: string, version: number, known: string[]) {
      const { frame, slides } = splitKnown(renderDeck(parseDeck(text), { emojiBase: `${base}/media/emoji` }), known);
      return { type: 'render', version, frame, slides };
    }

    it('loads MathJax under the nonce only for math, typesets the shown slide, and a patched slide again', async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      const seen = await watch(page);
      await page.addInitScript(() => {
        (window as unknown as { acquireVsCodeApi(): unknown }).acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });
      });
      await page.goto(`${base}/preview.html`);
      const post = (msg: object) => page.evaluate((m) => window.postMessage(m, '*'), msg);
      const mathScripts = () => page.evaluate(() => document.querySelectorAll('script[src$="mathjax/mathjax.js"]').length);

      await post(renderMessage('# No math\n\ncosts $5 and $10\n', 1, []));
      await page.waitForFunction(() => document.body.dataset.scsReady === 'true');
      assert.equal(await mathScripts(), 0, 'a deck without math loads no MathJax');

      const text = readFileSync(DECK, 'utf8');
      const first = renderMessage(text, 2, []);
      await post(first);
      await page.waitForFunction(() => document.querySelectorAll('script[src$="mathjax/mathjax.js"]').length === 1);
      const show = (h: number) => page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), h);
      // Each slide is typeset when shown; then slide 2 is patched while shown.
      await show(1);
      assert.ok((await typesetShown(page)).math > 0);
      await show(2);
      const before = await typesetShown(page);
      assert.match(before.text, /Euler/);
      await page.evaluate(() => document.querySelectorAll('.slides > section')[1].querySelectorAll('.MathJax').forEach((e) => e.setAttribute('data-kept', '')));
      const patched = renderMessage(text.replace('e^{i\\pi} + 1 = 0', 'e^{i\\pi} = -1'), 3, first.frame.hashes);
      assert.equal(patched.slides.length, 1, 'one slide changed');
      await post(patched);
      const after = await typesetShown(page);
      assert.ok(after.math > 0);
      assert.notEqual(after.text, before.text);
      assert.ok(await page.evaluate(() => document.querySelectorAll('.slides > section')[1].querySelectorAll('.MathJax[data-kept]').length > 0), 'the untouched slide keeps what MathJax drew');
      assert.equal(await mathScripts(), 1, 'MathJax loads once');
      assert.deepEqual(await seen.violations(), []);
      assert.deepEqual(seen.console, []);
      assert.deepEqual(seen.requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:')), []);
      assert.ok(!seen.requests.some((u) => /MathJax\/|\.otf/.test(u)), 'no file requested besides the bundle and the woff fonts');
      await page.close();
    });
  });
});
