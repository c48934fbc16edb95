import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { exportDeck, FIXTURES, launch, openDeck, outlineStructure, withoutCsp } from './helpers';

const DECK = join(FIXTURES, 'xss.md');

describe('browser: the XSS deck runs nothing', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser?.close());

  it('holds at least 50 payloads', () => {
    assert.ok((readFileSync(DECK, 'utf8').match(/pwned/g) ?? []).length >= 50);
  });

  const file = exportDeck(DECK, 'xss');
  for (const [name, path] of [['as exported (with CSP)', file], ['without the CSP (sanitiser alone)', withoutCsp(file)]] as const) {
    it(`visits every slide and trips no sentinel: ${name}`, async () => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await openDeck(page, path);
      for (const place of outlineStructure(DECK)) {
        const [h, v] = place.split('/').map(Number);
        await page.evaluate(([hh, vv]) => (window as unknown as { Reveal: { slide(h: number, v: number): void } }).Reveal.slide(hh, vv), [h, v]);
        await page.mouse.move(200 + h * 10, 200 + v * 10);
        await page.mouse.click(640, 360);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(500);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        title: document.title,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}@${a.name}`)),
        scriptUrls: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => /^(javascript|vbscript|data:text)/i.test(a.value.replace(/[\s\p{Cc}]/gu, ''))).map((a) => `${el.tagName}@${a.name}`),
        ),
        scripts: document.querySelectorAll('script').length,
        frames: [...document.querySelectorAll('iframe')].map((f) => f.getAttribute('src') ?? ''),
        srcdocs: [...document.querySelectorAll('[srcdoc]')].map((el) => el.tagName),
        slashNames: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^data-[xyz]$/.test(a.name)).map((a) => `${el.tagName}@${a.name}`)),
      }));
      assert.equal(state.pwned, undefined);
      assert.equal(state.title, 'XSS payloads');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(state.handlers, []);
      assert.deepEqual(state.scriptUrls, []);
      assert.equal(state.scripts, 3, 'only the three scripts of the export itself (print layout, reveal.js, its start)');
      for (const src of state.frames) assert.match(src, /^(https:|$)/);
      assert.deepEqual(state.srcdocs, []);
      assert.deepEqual(state.slashNames, [], 'a name with a slash (data-x/onclick) is dropped whole, not split in two');
      await page.close();
    });
  }

  it('shows escaped script tags as text, as HedgeDoc does', async () => {
    const page = await browser.newPage();
    await openDeck(page, file);
    const text = await page.evaluate(() => document.querySelector('.slides > section')?.textContent ?? '');
    assert.match(text, /<script>window.__pwned=1<\/script>/);
    await page.close();
  });
});
