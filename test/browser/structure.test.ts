import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { exportDeck, FIXTURES, launch, openDeck, outlineStructure, renderWithCli, RESULTS, revealStructure } from './helpers';
import { deckPath, MAC_ROMAN, TEMPLATE, WINDOWS_1252 } from '../deckFixtures';

const DECKS = [
  deckPath(TEMPLATE),
  deckPath(WINDOWS_1252.file),
  deckPath(MAC_ROMAN.file),
  join(__dirname, '../../sample/community-call/20261126.md'),
  join(FIXTURES, 'features.md'),
];

describe('browser: exported decks in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  before(async () => {
    outlineStructure(DECKS[0], ...DECKS.slice(1));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  after(() => browser?.close());

  for (const deck of DECKS) {
    it(`shows the slides of scs-deck outline: ${deck.split('/').pop()}`, async () => {
      const file = exportDeck(deck);
      await openDeck(page, file);
      const expected = outlineStructure(deck);
      assert.deepEqual(await revealStructure(page), expected);
      assert.equal(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides()), expected.length);
      assert.deepEqual(errors, []);
    });
  }

  for (const [deck, name] of [[DECKS[0], 'template'], [DECKS[3], 'sample']] as const) {
    it(`saves screenshots of every slide: ${name}`, async () => {
      const file = exportDeck(deck, name);
      await openDeck(page, file);
      const dir = join(RESULTS, 'screens');
      mkdirSync(dir, { recursive: true });
      for (const place of outlineStructure(deck)) {
        const [h, v] = place.split('/').map(Number);
        await page.evaluate(([hh, vv]) => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(hh, vv), [h, v]);
        await page.waitForTimeout(50);
        await page.screenshot({ path: join(dir, `${name}-${h}-${v}.png`) });
      }
    });
  }

  it('numbers a vertical slide as HedgeDoc 1.12 does: reveal.js 3.9.2 writes 2 . 2 with spaces around the dot', async () => {
    await openDeck(page, exportDeck(DECKS[3], 'sample'));
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(1, 1));
    const number = await page.evaluate(() => {
      const [a, dot, b] = ['a', 'delimiter', 'b'].map((part) => (document.querySelector(`.slide-number .slide-number-${part}`) as HTMLElement).getBoundingClientRect());
      return { text: (document.querySelector('.slide-number') as HTMLElement).textContent!.replace(/\s+/g, ''), gaps: [Math.round(dot.left - a.right), Math.round(b.left - dot.right)] };
    });
    assert.equal(number.text, '2.2');
    assert.ok(number.gaps.every((gap) => gap > 0), `spaces around the dot: ${JSON.stringify(number.gaps)}`);
  });

  it('scs-deck render inlines emoji and local copies of uploads as data: URIs', async () => {
    const file = renderWithCli(join(FIXTURES, 'uploads/deck.md'), 'uploads');
    await openDeck(page, file);
    const images = await page.evaluate(() =>
      [...document.querySelectorAll('.slides img')].map((img) => ({
        alt: img.getAttribute('alt'),
        data: /^data:image\/(png|webp);base64,/.test(img.getAttribute('src') ?? ''),
        loaded: (img as HTMLImageElement).naturalWidth > 0,
      })),
    );
    assert.deepEqual(images, [
      { alt: 'upload', data: true, loaded: true },
      { alt: 'local', data: true, loaded: true },
      { alt: 'emptied by HedgeDoc', data: false, loaded: false },
      { alt: ':rocket:', data: true, loaded: true },
      { alt: ':tada:', data: true, loaded: true },
    ]);
    const background = await page.evaluate(() => document.querySelector('.slides > section')?.getAttribute('data-background-image') ?? '');
    assert.match(background, /^data:image\/png;base64,/);
    const shown = await page.evaluate(() => getComputedStyle(document.querySelector('.backgrounds .slide-background-content') as Element).backgroundImage);
    assert.match(shown, /^url\("data:image\/png;base64,/);
    await page.screenshot({ path: join(RESULTS, 'screens', 'uploads-0-0.png') });
  });
});
