import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { exportHtml } from '../../server/src/export/exportHtml';
import { findMedia } from '../../server/src/export/media';
import { FIXTURES, launch, openDeck, RESULTS } from './helpers';

/** Each image is embedded once and shared by its uses: every use must still show it. */
describe('browser: images embedded once, shown everywhere', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  before(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  });
  after(() => browser?.close());

  it('fills every image, background and parallax image from the one table', async () => {
    const dir = join(RESULTS, 'shared-images');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'local.png'), readFileSync(join(FIXTURES, 'uploads/local.png')));
    const slide = '<!-- .slide: data-background="./local.png" -->\n\n# Repeated\n\n:tada: :rocket: ![a](./local.png) :tada: ![b](./local.png)';
    const text = `---\ntitle: Shared\ntype: slide\nslideOptions:\n  parallaxBackgroundImage: ./local.png\n---\n\n${Array(30).fill(slide).join('\n\n---\n\n')}\n`;
    const deckPath = join(dir, 'deck.md');
    const media = findMedia();
    if (!media) throw new Error('media not built');
    const result = exportHtml(text, { deckPath, media });
    const file = join(dir, 'deck.html');
    writeFileSync(file, result.html);
    await openDeck(page, file);
    const images = await page.evaluate(() =>
      [...document.querySelectorAll('.slides img')].map((img) => ({
        data: /^data:image\/(png|webp);base64,/.test(img.getAttribute('src') ?? ''),
        loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      })),
    );
    assert.equal(images.length, 30 * 5);
    assert.ok(images.every((i) => i.data && i.loaded), JSON.stringify(images.filter((i) => !i.data || !i.loaded).slice(0, 3)));
    const backgrounds = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => s.getAttribute('data-background-image') ?? ''));
    assert.ok(backgrounds.length === 30 && backgrounds.every((b) => b.startsWith('data:image/png;base64,')));
    const shown = await page.evaluate(() => getComputedStyle(document.querySelector('.backgrounds .slide-background-content') as Element).backgroundImage);
    assert.match(shown, /^url\("data:image\/png;base64,/);
    const parallax = await page.evaluate(() => getComputedStyle(document.querySelector('.backgrounds') as Element).backgroundImage);
    assert.match(parallax, /^url\("data:image\/png;base64,/);
    assert.deepEqual(errors, []);
  });
});
