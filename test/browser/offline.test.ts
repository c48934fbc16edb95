import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../server/src/export/launchBrowser';
import { printPdf } from '../../server/src/export/pdf';
import { exportDeck, launch, openDeck, RESULTS, ROOT } from './helpers';

/** `scs-deck …` from source without blocking this process, which serves the requests being counted. */
function cli(...args: string[]): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli/bin.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, stderr }));
  });
}

/** Lets connections still queued in the event loop be counted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** A deck that names a local server in every way an export could load it. */
function hostileDeck(base: string, port: number): string {
  return `---
title: Reaches out
slideOptions:
  parallaxBackgroundImage: '${base}/parallax.png"), url("${base}/parallax-breakout.png'
  parallaxBackgroundSize: '1px; background-image: url(${base}/parallax-size.png)'
  previewLinks: true
---
<!-- .slide: data-background-image="${base}/background-image.png" -->
# Images

<img src="${base}/latest/meta-data/iam">
![markdown](${base}/markdown.png)
<img src="https://127.0.0.1:${port}/https-img.png">
<img src="http://2130706433:${port}/decimal.png"> <img src="http://0x7f.0.0.1:${port}/hex.png"> <img src="http://localhost:${port}/localhost.png">

<style>
@import url(${base}/import-url.css);
@import "${base}/import-string.css";
.reveal { background: url(${base}/style-url.png); }
@font-face { font-family: beacon; src: url(${base}/font.woff); }
.reveal h1 { font-family: beacon; }
</style>

<link rel="stylesheet" href="${base}/link.css">
<link rel="prefetch" href="${base}/prefetch">

---

<!-- .slide: data-background-video="${base}/background-video.mp4" -->
# Video

<video src="${base}/video.mp4" poster="${base}/poster.png" autoplay></video>
<audio src="${base}/audio.mp3" autoplay></audio>
<video data-src="${base}/video-data-src.mp4" data-autoplay></video>

---

<!-- .slide: data-background-iframe="${base}/background-iframe" data-background-interactive -->
# Frames

<iframe src="${base}/iframe"></iframe>
<iframe data-src="${base}/iframe-data-src" data-preload></iframe>
<a href="${base}/preview-link" data-preview-link>preview</a>
<object data="${base}/object"></object>

---

<!-- .slide: data-background="${base}/background.png" -->
# Inline styles

<p style="background-image: url(${base}/inline-style.png)">styled</p>
<p>x <!-- .element: style="background: url(${base}/attribute-comment.png)" --></p>
<img src="x" srcset="${base}/srcset.png 2x">
`;
}

describe('browser: exports reach out to nothing', () => {
  let server: Server;
  let browser: Browser;
  const seen: string[] = [];
  let deck = '';
  let base = '';

  before(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '?');
      res.end('caught');
    });
    // Counting connections and bytes, not only requests, also catches TLS attempts (https://127.0.0.1:<port>).
    server.on('connection', (socket) => {
      seen.push('(connection)');
      socket.on('data', () => seen.push('(bytes)'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    deck = join(RESULTS, 'offline-hostile.md');
    writeFileSync(deck, hostileDeck(base, port));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const allowRemote of [false, true]) {
    const flags = allowRemote ? ['--allow-remote'] : [];
    const name = allowRemote ? 'with --allow-remote' : 'by default';

    it(`scs-deck render --pdf requests nothing from the local server ${name}`, async () => {
      seen.length = 0;
      const r = await cli('render', '--pdf', ...flags, '--browser', process.env.CHROMIUM ?? '/usr/bin/chromium', deck, '-o', join(RESULTS, `offline-hostile${allowRemote ? '-remote' : ''}.pdf`));
      await settle();
      assert.deepEqual(seen, []);
      assert.equal(r.status, 0, r.stderr);
    });

    it(`the exported HTML requests nothing from the local server when opened ${name}`, async () => {
      const file = allowRemote ? join(RESULTS, 'offline-hostile-remote.html') : exportDeck(deck, 'offline-hostile');
      if (allowRemote) {
        const r = await cli('render', '--allow-remote', deck, '-o', file);
        assert.equal(r.status, 0, r.stderr);
      }
      seen.length = 0;
      const page = await browser.newPage();
      await openDeck(page, file);
      const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
      for (let h = 0; h < total; h++) {
        await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), h);
        await page.waitForTimeout(150);
      }
      // Following a link is the reader's choice; opening one in reveal.js's preview iframe is not.
      const previews = await page.evaluate(() => document.querySelectorAll('.slides a[href]:not([data-preview-link=false]), .slides [data-preview-link]:not([data-preview-link=false])').length);
      await page.goto(`${page.url()}?print-pdf`);
      await page.waitForTimeout(1000);
      await page.close();
      await settle();
      assert.deepEqual(seen, []);
      assert.equal(previews, 0, 'links reveal.js would open in a preview iframe');
    });
  }

  it('the PDF printer blocks requests on its own, even for a page without a CSP', async () => {
    seen.length = 0;
    const page = `<img src="${base}/img.png"><iframe src="${base}/frame"></iframe><iframe src="data:text/html,<img src=${base}/in-data-frame.png>"></iframe>` +
      `<style>body { background: url(${base}/css.png) }</style><script>fetch('${base}/fetch'); window.Reveal = { isReady: () => true };</script><div class="pdf-page"></div>`;
    for (const allowRemote of [false, true]) await printPdf(page, join(RESULTS, 'offline-no-csp.pdf'), process.env.CHROMIUM ?? '/usr/bin/chromium', { allowRemote });
    await settle();
    // A blocked frame navigation still makes Chromium open (and close) a bare connection first; nothing is sent.
    // Exports never hold such frames (see the tests above, which count connections too).
    assert.deepEqual(seen.filter((s) => s !== '(connection)'), []);
  });

  it('keeps Chromium\'s sandbox unless it cannot start with it, and then says so', async () => {
    const notes: string[] = [];
    const started = await launchBrowser(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--headless=new', `--user-data-dir=${join(RESULTS, 'sandbox-profile')}`], { asRoot: false, note: (m) => notes.push(m) });
    await started.close();
    // As root Chromium refuses its sandbox, which stands in here for a system without one.
    if (process.getuid?.() === 0) assert.match(notes.join('\n'), /sandbox is not available here .*--no-sandbox/);
  });
});
