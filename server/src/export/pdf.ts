/** Prints an exported deck to PDF with a headless Chromium, through reveal.js's print layout (`?print-pdf`). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CdpBrowser } from './cdp';
import type { RemotePolicy } from '../core/url/fetchPolicy';
import { launchBrowser, type LaunchOptions } from './launchBrowser';
import { filterRequests } from './requestFilter';

/** Flags for a quiet headless run that neither phones home nor needs a GPU (the sandbox stays on when it can). */
const FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-scrollbars',
  '--no-pings',
  '--dns-prefetch-disable',
  '--disable-domain-reliability',
];

export interface PrintOptions extends LaunchOptions, Partial<RemotePolicy> {
  readonly timeoutMs?: number;
}

/**
 * Resolves once reveal.js has laid out its print pages, MathJax (in a deck with math) has typeset every formula and
 * gone idle, fonts are loaded and images have settled.
 */
export const PRINT_READY = `new Promise((resolve) => {
  const done = () => Promise.all([document.fonts.ready, ...[...document.images].map((i) => i.complete ? 0 : new Promise((r) => { i.onload = i.onerror = r; }))]).then(() => resolve(document.querySelectorAll('.pdf-page').length));
  const mj = window.MathJax;
  const mathDone = () => !document.querySelector('span.mathjax') || (mj && mj.isReady && !document.querySelector('span.mathjax.raw, .MathJax_Processing, .MathJax_Processed') && !mj.Hub.queue.pending && !mj.Hub.queue.running);
  const poll = () => (window.Reveal && Reveal.isReady() && document.querySelector('.pdf-page') && mathDone() ? setTimeout(done, 200) : setTimeout(poll, 50));
  poll();
})`;

/**
 * Writes `html` to a private temporary folder, prints it with `browser` to `pdfPath`, and cleans up.
 * Every request but the file itself and `data:` fails, unless `allowRemote` lets https to public hosts through.
 * Resolves with the number of PDF pages reveal.js laid out; rejects with a readable message on failure.
 * @example await printPdf(exportHtml(text, opts).html, 'deck.pdf', findBrowser(undefined)!, { note: console.error })
 */
export async function printPdf(html: string, pdfPath: string, browserPath: string, options: PrintOptions = {}): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-pdf-'));
  const page = join(dir, 'deck.html');
  writeFileSync(page, html);
  const pageUrl = pathToFileURL(page).href;
  let browser: CdpBrowser | undefined;
  const timer = setTimeout(() => browser?.kill(), options.timeoutMs ?? 60_000);
  try {
    browser = await launchBrowser(browserPath, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`], options);
    await filterRequests(browser, pageUrl, { allowRemote: options.allowRemote === true });
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await browser.send('Page.enable', {}, sessionId);
    await browser.send('Page.navigate', { url: `${pageUrl}?print-pdf` }, sessionId);
    const ready = await browser.send('Runtime.evaluate', { expression: PRINT_READY, awaitPromise: true, returnByValue: true }, sessionId);
    const pages = Number((ready.result as { value?: unknown } | undefined)?.value ?? 0);
    const pdf = await browser.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, sessionId);
    writeFileSync(pdfPath, Buffer.from(String(pdf.data), 'base64'));
    return pages;
  } finally {
    clearTimeout(timer);
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
