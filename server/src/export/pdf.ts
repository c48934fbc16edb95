/** Prints an exported deck to PDF with a headless Chromium, through reveal.js's print layout (`?print-pdf`). */
import { writeFileSync } from 'node:fs';
import { type PageOptions, withExportPage } from './headlessPage';

export type PrintOptions = PageOptions;

/**
 * Resolves once reveal.js has laid out its print pages, the diagrams are drawn (`media/src/diagrams/exportEntry.ts`
 * marks the body), MathJax (in a deck with math) has typeset every formula and gone idle, fonts are loaded and
 * images have settled.
 */
export const PRINT_READY = `new Promise((resolve) => {
  const done = () => Promise.all([document.fonts.ready, ...[...document.images].map((i) => i.complete ? 0 : new Promise((r) => { i.onload = i.onerror = r; }))]).then(() => resolve(document.querySelectorAll('.pdf-page').length));
  const mj = window.MathJax;
  const mathDone = () => !document.querySelector('span.mathjax') || (mj && mj.isReady && !document.querySelector('span.mathjax.raw, .MathJax_Processing, .MathJax_Processed') && !mj.Hub.queue.pending && !mj.Hub.queue.running);
  const poll = () => (window.Reveal && Reveal.isReady() && document.querySelector('.pdf-page') && document.body.dataset.diagrams !== 'drawing' && mathDone() ? setTimeout(done, 200) : setTimeout(poll, 50));
  poll();
})`;

/**
 * Prints `html` with `browser` to `pdfPath` (see `withExportPage` for what the page may load).
 * Resolves with the number of PDF pages reveal.js laid out; rejects with a readable message on failure.
 * @example await printPdf(exportHtml(text, opts).html, 'deck.pdf', findBrowser(undefined)!, { note: console.error })
 */
export async function printPdf(html: string, pdfPath: string, browserPath: string, options: PrintOptions = {}): Promise<number> {
  return withExportPage(html, browserPath, { ...options, query: '?print-pdf' }, async (page) => {
    const pages = Number((await page.evaluate(PRINT_READY)) ?? 0);
    const pdf = await page.browser.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true }, page.sessionId);
    writeFileSync(pdfPath, Buffer.from(String(pdf.data), 'base64'));
    return pages;
  });
}
