import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildPreviewHtml } from '../../client/src/preview/html';
import type { FromWebview } from '../../client/src/preview/messages';
import { parseDeck } from '../../server/src/core';
import { localImagePath, renderDeck } from '../../server/src/core/render';
import { findMedia } from '../../server/src/export/media';
import { exportHtml } from '../../server/src/export/exportHtml';
import { measureSlides } from '../../server/src/export/slideLayout';
import { localImageCheck } from '../../server/src/host/localImageFiles';
import { splitKnown } from '../../server/src/lsp/renderRequest';
import type { PreviewSlideReport } from '../../server/src/protocol';
import { launch, RESULTS, ROOT } from './helpers';

const DECK = join(ROOT, 'test/fixtures/fidelity/overflow.md');
const UPLOADS = join(ROOT, 'test/fixtures/fidelity/uploads');
const media = findMedia()!;

/** The preview's own page (its HTML, reveal.js and `dist/media/preview.js`), with a stand-in for VS Code's webview API. */
function previewPage(): string {
  const file = join(RESULTS, 'preview-measure.html');
  writeFileSync(file, buildPreviewHtml({ cspSource: 'file:', nonce: 'test-nonce', mediaBase: pathToFileURL(dirname(media.revealDir)).href }));
  return file;
}

/** What the server would send the preview for the fixture, images as file URLs (the panel maps them to webview URIs). */
function renderMessage(): unknown {
  const text = readFileSync(DECK, 'utf8');
  const check = localImageCheck({ deckDir: dirname(DECK), uploadDirs: [UPLOADS] });
  const rendered = renderDeck(parseDeck(text), {
    emojiBase: pathToFileURL(media.emojiDir).href,
    resolveUrl: (url, kind) => {
      if (kind === 'link') return undefined;
      const local = localImagePath(url, dirname(DECK), check, [UPLOADS]);
      return local?.ok ? pathToFileURL(local.file).href : undefined;
    },
  });
  const { frame, slides } = splitKnown(rendered, []);
  return { type: 'render', version: 1, frame, slides };
}

describe('browser: the preview measures its slides as lint --layout does', () => {
  let browser: Browser;
  let cli: Map<string, number>;
  before(async () => {
    browser = await launch();
    const measured = await measureSlides(exportHtml(readFileSync(DECK, 'utf8'), { deckPath: DECK, media, uploadDirs: [UPLOADS] }).html, process.env.CHROMIUM ?? '/usr/bin/chromium');
    cli = new Map(measured.map((m) => [`${m.h}.${m.v}`, m.contentHeight]));
  });
  after(() => browser?.close());

  // A small pane scales the slides down (a transform); a large one zooms them up (CSS zoom).
  for (const viewport of [{ width: 700, height: 500 }, { width: 2400, height: 1600 }]) {
    it(`reports every slide with its hash and the same heights in a ${viewport.width}x${viewport.height} pane`, async (t) => {
      const page = await browser.newPage({ viewport });
      try {
        // A string: the test's compiled functions would carry helpers the page does not have.
        await page.addInitScript('window.scsPosts = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.scsPosts.push(m), getState: () => undefined, setState: () => undefined });');
        await page.goto(pathToFileURL(previewPage()).href);
        await page.evaluate((msg) => window.postMessage(msg, '*'), renderMessage());
        const count = cli.size;
        // Polled from here: the page's CSP forbids the string evaluation waitForFunction would do there.
        let posts: FromWebview[] = [];
        for (let tries = 0; tries < 200; tries++) {
          posts = (await page.evaluate('window.scsPosts')) as FromWebview[];
          if (posts.reduce((n, p) => n + (p.type === 'measured' ? p.slides.length : 0), 0) >= count) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const reports = posts.flatMap((p) => (p.type === 'measured' ? p.slides.map((s) => ({ ...s, version: p.version })) : [])) as (PreviewSlideReport & { version: number })[];
        const { frame } = renderMessage() as { frame: { hashes: string[]; columns: number[][] } };
        for (const r of reports) {
          assert.equal(r.version, 1);
          assert.equal(r.hash, frame.hashes[frame.columns[r.h][r.v]], `slide ${r.h}.${r.v} carries its hash`);
          assert.equal(r.layout?.slideHeight, 700);
          const expected = cli.get(`${r.h}.${r.v}`)!;
          assert.ok(Math.abs(r.layout!.contentHeight - expected) <= 1, `slide ${r.h}.${r.v}: ${r.layout!.contentHeight} in the preview, ${expected} in lint --layout`);
        }
        t.diagnostic(`last slice (slides:ms): ${String(await page.evaluate('document.body.dataset.scsMeasureMs'))}`);
        const zoom = (await page.evaluate(`document.querySelector('.reveal .slides').style.zoom`)) as string;
        assert.equal(zoom !== '' && zoom !== '1', viewport.width > 2000, `zoom is '${zoom}'`);
        assert.deepEqual([...new Set(reports.map((r) => `${r.h}.${r.v}`))].sort(), [...cli.keys()].sort());
      } finally {
        await page.close();
      }
    });
  }
});
