/**
 * SCS Deck's live client and HedgeDoc's own web editor (CodeMirror in headless Chromium) type into one note at
 * the same time; both end with the server's text and no token is lost. Skips without Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HedgeDocClient } from '../../server/src/hedgedoc/client';
import { LiveNote } from '../../server/src/hedgedoc/realtime/liveNote';
import { fromChange } from '../../server/src/hedgedoc/realtime/textOperation';
import { BASE, createNote, SKIP, startHedgeDoc, stopHedgeDoc } from './oracle';

/** The page's DOM, inside `page.evaluate` (this file is compiled without the DOM library). */
declare const document: { querySelector(selector: string): unknown };

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SECONDS = Number(process.env.HEDGEDOC_CONVERGENCE_SECONDS ?? 20);
const skip = SKIP ?? (existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (set CHROMIUM)`);

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The CodeMirror instance of HedgeDoc's editor page. */
const editorText = (page: Page): Promise<string> => page.evaluate(() => (document.querySelector('.CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

describe('SCS Deck and HedgeDoc\'s web editor on one note', { skip }, () => {
  let browser: Browser;
  before(async () => {
    await startHedgeDoc();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    stopHedgeDoc();
  });

  it(`typing at random in both for ${SECONDS}s converges to the server's text`, { timeout: (SECONDS + 90) * 1000 }, async () => {
    const id = await createNote('# Community Call 2024-05-30\n\n');
    const page = await browser.newPage();
    await page.goto(`${BASE}/${id}?edit`);
    await page.waitForFunction(() => {
      const cm = (document.querySelector('.CodeMirror') as unknown as { CodeMirror?: { getValue(): string; getOption(o: string): unknown } } | null)?.CodeMirror;
      return !!cm && cm.getValue().startsWith('# Community Call') && cm.getOption('readOnly') === false;
    }, undefined, { timeout: 30000 });
    const live = await LiveNote.open(new HedgeDocClient(BASE, { allowPrivate: true }), id, { allowPrivate: true });
    const tokens: string[] = [];
    let ops = 0;
    try {
      const end = Date.now() + SECONDS * 1000;
      for (let n = 0; Date.now() < end; n++) {
        const token = `⟦${n % 2 ? 'W' : 'V'}${n}⟧`;
        tokens.push(token);
        if (n % 2) {
          // In the browser: CodeMirror's own API, as typing does, at a random place outside other tokens.
          await page.evaluate((t) => {
            const cm = (document.querySelector('.CodeMirror') as unknown as { CodeMirror: { getValue(): string; posFromIndex(i: number): unknown; replaceRange(s: string, p: unknown): void } }).CodeMirror;
            const text = cm.getValue();
            let pos = Math.floor(Math.random() * (text.length + 1));
            if (text.lastIndexOf('⟦', pos - 1) > text.lastIndexOf('⟧', pos - 1)) pos = text.indexOf('⟧', pos) + 1;
            cm.replaceRange(t + ' ', cm.posFromIndex(pos));
          }, token);
        } else {
          const text = live.text;
          let pos = Math.floor(Math.random() * (text.length + 1));
          if (text.lastIndexOf('⟦', pos - 1) > text.lastIndexOf('⟧', pos - 1)) pos = text.indexOf('⟧', pos) + 1;
          live.edit(fromChange(text.length, pos, 0, `${token}\n`));
        }
        ops++;
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 60)));
      }
      await waitFor('the editor, the client and the server to agree', async () => {
        if (live.hasPending) return false;
        const browserText = await editorText(page);
        return browserText === live.text && (await (await fetch(`${BASE}/${id}/download`)).text()) === live.text;
      }, 30000);
      for (const t of tokens) assert.equal(live.text.split(t).length, 2, `${t} appears exactly once`);
      console.log(`web editor convergence: ${ops} operations in ${SECONDS}s, final length ${live.text.length}`);
    } finally {
      live.close();
      await page.close();
    }
  });
});
