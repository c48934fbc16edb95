/** Prints an exported deck to PDF with a headless Chromium, through reveal.js's print layout (`?print-pdf`). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CdpBrowser } from './cdp';

/** Flags for a quiet, sandbox-friendly headless run that neither phones home nor needs a GPU. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--hide-scrollbars',
];

/** Resolves once reveal.js has laid out its print pages, fonts are loaded and images have settled. */
const PRINT_READY = `new Promise((resolve) => {
  const done = () => Promise.all([document.fonts.ready, ...[...document.images].map((i) => i.complete ? 0 : new Promise((r) => { i.onload = i.onerror = r; }))]).then(() => resolve(document.querySelectorAll('.pdf-page').length));
  const poll = () => (window.Reveal && Reveal.isReady() && document.querySelector('.pdf-page') ? setTimeout(done, 200) : setTimeout(poll, 50));
  poll();
})`;

/**
 * Writes `html` to a private temporary folder, prints it with `browser` to `pdfPath`, and cleans up.
 * Resolves with the number of PDF pages reveal.js laid out; rejects with a readable message on failure.
 * @example await printPdf(exportHtml(text, opts).html, 'deck.pdf', findBrowser(undefined)!)
 */
export async function printPdf(html: string, pdfPath: string, browserPath: string, timeoutMs = 60_000): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-pdf-'));
  const browser = CdpBrowser.launch(browserPath, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`]);
  const timer = setTimeout(() => browser.kill(), timeoutMs);
  try {
    const page = join(dir, 'deck.html');
    writeFileSync(page, html);
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await browser.send('Page.enable', {}, sessionId);
    await browser.send('Page.navigate', { url: `${pathToFileURL(page).href}?print-pdf` }, sessionId);
    const ready = await browser.send('Runtime.evaluate', { expression: PRINT_READY, awaitPromise: true, returnByValue: true }, sessionId);
    const pages = Number((ready.result as { value?: unknown } | undefined)?.value ?? 0);
    const pdf = await browser.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, sessionId);
    writeFileSync(pdfPath, Buffer.from(String(pdf.data), 'base64'));
    return pages;
  } finally {
    clearTimeout(timer);
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
