/**
 * The preview's patch of an edited slide keeps reveal.js's layout right: reveal centres a slide by its height
 * and the patch skips reveal's (deck-wide) layout when the slide's height and own style did not change. After
 * any edit, the edited slide must sit where a fresh preview of the same text puts it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildPreviewHtml } from '../../client/src/preview/html';
import { parseDeck } from '../../server/src/core';
import { RenderCache, renderDeck } from '../../server/src/core/render';
import { findMedia } from '../../server/src/export/media';
import { frameChange, sentFrame, type SentFrame } from '../../server/src/frameChange';
import { splitKnown } from '../../server/src/lsp/renderRequest';
import { launch, RESULTS } from './helpers';

const media = findMedia()!;
const options = { emojiBase: 'emoji' };
const DECK = '---\ntype: slide\n---\n\n# One\n\n---\n\n# Two\n\nA line\n\n---\n\n# Three\n';

function previewPage(): string {
  const file = join(RESULTS, 'preview-patch.html');
  writeFileSync(file, buildPreviewHtml({ cspSource: 'file:', nonce: 'test-nonce', mediaBase: pathToFileURL(dirname(media.revealDir)).href }));
  return file;
}

/** A preview page showing `text` from scratch, on slide 2. */
async function freshPage(browser: Browser, text: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.addInitScript('window.acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });');
  await page.goto(pathToFileURL(previewPage()).href);
  const { frame, slides } = splitKnown(renderDeck(parseDeck(text), options), []);
  await page.evaluate((msg) => window.postMessage(msg, '*'), { type: 'render', version: 1, seq: 1, frame, slides });
  await waitForVersion(page, 1);
  await page.evaluate((msg) => window.postMessage(msg, '*'), { type: 'goto', position: { h: 1, v: 0 } });
  return page;
}

async function waitForVersion(page: Page, version: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await page.evaluate('document.body.dataset.scsReady === "true" && document.body.dataset.scsVersion')) === String(version)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the preview never showed version ${version}`);
}

/** The second slide's reveal layout: its inline `top` and its text. */
function second(page: Page): Promise<{ top: string; text: string }> {
  return page.evaluate(`(() => { const s = document.querySelectorAll('.reveal .slides > section')[1]; return { top: s.style.top, text: s.textContent.trim() }; })()`) as Promise<{ top: string; text: string }>;
}

describe('browser: a patched slide sits where a fresh preview puts it', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser?.close());

  const edits: [string, string][] = [
    ['a word in a line (same height)', DECK.replace('A line', 'A longer line')],
    ['a new line (taller)', DECK.replace('A line', 'A line\n\nAnd another\n\nAnd a third')],
    ['a line removed (shorter)', DECK.replace('\n\nA line', '')],
    ['a style of its own', DECK.replace('# Two', '<!-- .slide: style="padding-top: 40px" -->\n# Two')],
  ];
  for (const [what, edited] of edits) {
    it(`after ${what}`, async () => {
      const page = await freshPage(browser, DECK);
      const expected = await freshPage(browser, edited);
      try {
        const cache = new RenderCache();
        const first = splitKnown(renderDeck(parseDeck(DECK), options, cache), []);
        const base: SentFrame = sentFrame(1, first.frame);
        const next = splitKnown(renderDeck(parseDeck(edited), options, cache), first.frame.hashes);
        await page.evaluate((msg) => window.postMessage(msg, '*'), { type: 'render', version: 2, seq: 2, base: 1, change: frameChange(base, next.frame), slides: next.slides });
        await waitForVersion(page, 2);
        assert.equal(await page.evaluate('document.body.dataset.scsPatchMs !== undefined'), true);
        assert.deepEqual(await second(page), await second(expected));
      } finally {
        await page.close();
        await expected.close();
      }
    });
  }
});
