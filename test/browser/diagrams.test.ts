import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildPreviewHtml } from '../../client/src/preview/html';
import { parseDeck } from '../../server/src/core';
import { renderDeck } from '../../server/src/core/render';
import { splitKnown } from '../../server/src/lsp/renderRequest';
import { exportDeck, launch, openDeck, RESULTS, ROOT } from './helpers';

const FIXTURE = join(ROOT, 'test/fixtures/fidelity/diagrams.md');

type Win = { Reveal: { slide(h: number, v?: number): void; getTotalSlides(): number }; __csp: string[] };

/** Collects every CSP violation the page reports, from its first script on. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as Win).__csp);

/** What the slide on screen shows once its diagrams are drawn: `pre` classes with what each holds. */
function shownDiagram(page: Page): Promise<string> {
  return page.evaluate(() => {
    const section = document.querySelector('.reveal .slides section.present') as HTMLElement;
    return Array.from(section.querySelectorAll('pre')).map((pre) => {
      const kids = Array.from(pre.children).map((c) => c.tagName.toLowerCase() + (c.classList.length ? `.${Array.from(c.classList).join('.')}` : ''));
      return `pre${pre.classList.length ? '.' + Array.from(pre.classList).join('.') : ''} > ${kids.join(' + ')}`;
    }).join(' | ');
  });
}

describe('diagrams in the export', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser?.close());

  it('draws each kind as HedgeDoc does, the broken ones as HedgeDoc shows them, with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await watchCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openDeck(page, exportDeck(FIXTURE, 'diagrams'));
    const expected = [
      'pre.mermaid > svg',
      'pre.mermaid > svg',
      'pre.graphviz > svg',
      'pre.sequence-diagram > svg',
      'pre.flow-chart > svg',
      'pre.abc > svg',
      'pre > div.mermaid + div.alert.alert-warning',
      'pre > div.sequence-diagram + div.alert.alert-warning',
      'pre > code.graphviz.hljs',
    ];
    const shown: string[] = [];
    for (let h = 0; h < expected.length; h++) {
      await page.evaluate((i) => (window as unknown as Win).Reveal.slide(i, 0), h);
      await page.waitForFunction(() => document.body.dataset.diagrams === 'drawn');
      shown.push(await shownDiagram(page));
    }
    assert.deepEqual(shown, expected);
    const alerts = await page.$$eval('.alert-warning', (els) => els.map((e) => e.textContent ?? ''));
    assert.match(alerts[0], /^Parse error on line/);
    assert.match(alerts[1], /^ParseError: Parse error on line 1/);
    // HedgeDoc lays out a fitted sequence diagram with a viewBox of its own size.
    assert.equal(await page.$eval('pre.sequence-diagram > svg', (s) => s.getAttribute('preserveAspectRatio')), 'xMidYMid meet');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors.filter((e) => !/syntax error in line/.test(e)), []);
    await page.screenshot({ path: join(RESULTS, 'diagrams-export-mermaid.png') });
    await page.close();
  });

  it('draws every slide at once for printing (?print-pdf), as HedgeDoc does', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await watchCsp(page);
    await page.goto(`${pathToFileURL(exportDeck(FIXTURE, 'diagrams')).href}?print-pdf`);
    await page.waitForFunction(() => document.querySelector('.pdf-page') !== null && document.body.dataset.diagrams === 'drawn');
    const drawn = await page.$$eval('pre > svg', (els) => els.map((e) => (e.parentElement as HTMLElement).className));
    assert.deepEqual(drawn, ['mermaid', 'mermaid', 'graphviz', 'sequence-diagram', 'flow-chart', 'abc']);
    assert.equal(await page.$$eval('pre > .alert-warning', (els) => els.length), 2);
    assert.deepEqual(await cspViolations(page), []);
    await page.close();
  });

  it('keeps diagram source as data: no script, handler or link out of it', async () => {
    const deck = join(RESULTS, 'diagrams-hostile.md');
    writeFileSync(deck, `---
type: slide
---

\`\`\`graphviz
digraph { a [URL="javascript:window.__pwned=1", label="a"]; b [href="data:text/html,<script>1</script>"]; a -> b }
\`\`\`

---

\`\`\`mermaid
%%{init: {"securityLevel": "loose"}}%%
flowchart LR
    A["<img src=x onerror=window.__pwned=2>"] --> B
    click A callback "tip"
    click B "javascript:window.__pwned=3"
\`\`\`

---

\`\`\`flow
st=>start: Start:>javascript:window.__pwned=4
e=>end: End
st->e
\`\`\`
`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await watchCsp(page);
    await openDeck(page, exportDeck(deck, 'diagrams-hostile'));
    for (let h = 0; h < 3; h++) {
      await page.evaluate((i) => (window as unknown as Win).Reveal.slide(i, 0), h);
      await page.waitForFunction(() => document.body.dataset.diagrams === 'drawn');
    }
    const found = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll('.reveal .slides *'))) {
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
          if (/href$/i.test(a.name) && !/^(https?:|#)/i.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value}`);
        }
      }
      return bad;
    });
    assert.deepEqual(found, []);
    for (const sel of ['.reveal a', 'pre.graphviz svg', 'pre.mermaid svg', 'pre.flow-chart svg']) {
      await page.$$eval(sel, (els) => els.forEach((e) => (e as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true }))));
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.close();
  });
});

describe('diagrams in the preview webview', () => {
  let browser: Browser;
  let page: Page;
  let known: string[] = [];
  let version = 0;
  const deckText = (mermaid: string, sequence: string) => `---
type: slide
---

# Title

---

\`\`\`mermaid
${mermaid}
\`\`\`

---

\`\`\`sequence
${sequence}
\`\`\`
`;

  async function send(text: string): Promise<void> {
    const { frame, slides } = splitKnown(renderDeck(parseDeck(text), { emojiBase: 'emoji' }), known);
    known = frame.hashes;
    version++;
    await page.evaluate((msg) => window.postMessage(msg, '*'), { type: 'render', version, frame, slides });
    await page.waitForFunction((v) => document.body.dataset.scsVersion === String(v), version);
  }

  const loadedScripts = () => page.$$eval('script[src*="/media/diagrams/"]', (els) => els.map((e) => (e.getAttribute('src') ?? '').replace(/^.*\/diagrams\//, '')));

  before(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await watchCsp(page);
    // A string: tsx would wrap the object's methods in a helper the page does not have.
    await page.addInitScript('window.acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });');
    const html = buildPreviewHtml({ cspSource: 'file:', nonce: 'test-nonce-123', mediaBase: pathToFileURL(join(ROOT, 'dist/media')).href });
    const file = join(RESULTS, 'preview-diagrams.html');
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
  });
  after(() => browser?.close());

  it('loads no diagram script until a shown slide needs one, then only that one, with the nonce', async () => {
    await send(deckText('graph LR\n  A --> B', 'A->B: hi'));
    await page.waitForFunction(() => document.body.dataset.scsReady === 'true');
    assert.deepEqual(await loadedScripts(), []);
    await page.evaluate(() => (window as unknown as Win).Reveal.slide(1, 0));
    await page.waitForSelector('section.present pre.mermaid > svg');
    assert.deepEqual(await loadedScripts(), ['mermaid.js']);
    await page.evaluate(() => (window as unknown as Win).Reveal.slide(2, 0));
    await page.waitForSelector('section.present pre.sequence-diagram > svg');
    assert.deepEqual(await loadedScripts(), ['mermaid.js', 'raphael.js', 'sequence.js']);
  });

  it('redraws a patched slide and leaves the others as they are', async () => {
    await page.evaluate(() => (window as unknown as Win).Reveal.slide(1, 0));
    await page.evaluate(() => {
      for (const svg of Array.from(document.querySelectorAll('.reveal svg'))) svg.setAttribute('data-test-mark', 'drawn before');
    });
    // The sequence slide changes while the mermaid slide is shown: the mermaid drawing stays.
    await send(deckText('graph LR\n  A --> B', 'A->B: hi\nB->A: ho'));
    assert.equal(await page.$eval('section.present pre.mermaid > svg', (s) => s.getAttribute('data-test-mark')), 'drawn before');
    // The shown mermaid slide changes: it is drawn again from the new source.
    await send(deckText('graph LR\n  A --> C', 'A->B: hi\nB->A: ho'));
    await page.waitForSelector('section.present pre.mermaid > svg:not([data-test-mark])');
    assert.match(await page.$eval('section.present pre.mermaid > svg', (s) => s.textContent ?? ''), /C/);
    // The patched sequence slide is drawn when it is shown.
    await page.evaluate(() => (window as unknown as Win).Reveal.slide(2, 0));
    await page.waitForSelector('section.present pre.sequence-diagram > svg:not([data-test-mark])');
    assert.match(await page.$eval('section.present pre.sequence-diagram > svg', (s) => s.textContent ?? ''), /ho/);
  });

  it('keeps drawn slides when the slides are rebuilt (a slide added)', async () => {
    await page.evaluate(() => (window as unknown as Win).Reveal.slide(1, 0));
    await page.waitForSelector('section.present pre.mermaid > svg');
    await page.evaluate(() => document.querySelector('section.present pre.mermaid > svg')?.setAttribute('data-test-mark', 'kept'));
    await send(deckText('graph LR\n  A --> C', 'A->B: hi\nB->A: ho') + '\n---\n\n# Added\n');
    assert.equal(await page.$$eval('pre.mermaid > svg[data-test-mark="kept"]', (els) => els.length), 1);
    assert.equal(await page.evaluate(() => (window as unknown as Win).Reveal.getTotalSlides()), 4);
  });

  it('shows the warning box for a broken diagram, and reports no CSP violation', async () => {
    await send(deckText('graph LR\n  A -->', 'A->B: hi\nB->A: ho'));
    await page.evaluate(() => (window as unknown as Win).Reveal.slide(1, 0));
    await page.waitForSelector('section.present pre > div.alert.alert-warning');
    assert.deepEqual(await cspViolations(page), []);
  });
});
