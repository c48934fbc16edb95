/**
 * Lays an exported deck out in a headless Chromium and measures every slide the way the HedgeDoc oracle measures
 * HedgeDoc's own slide view: a 1280x720 viewport, each slide made current with `Reveal.slide(h, v)`, and the current
 * section's `scrollHeight` against reveal.js's configured `height`.
 */
import type { SlideMeasure } from '../core/layout/slideMeasure';
import { type ExportBrowser, type PageOptions, withExportPage } from './headlessPage';

/** The viewport HedgeDoc's slides are compared at (the oracle's `shots.js`). */
export const LAYOUT_VIEWPORT = { width: 1280, height: 720 };

/** One slide's measurement at reveal.js indices h/v. */
export interface MeasuredSlide extends SlideMeasure {
  readonly h: number;
  readonly v: number;
}

/**
 * Runs in the page: waits for reveal.js, fonts and images, then walks every slide. The line height is that of the
 * slide's first paragraph or list item (its own when it has none), for "about n lines".
 */
const MEASURE = `(async () => {
  await new Promise((resolve) => { const poll = () => (window.Reveal && Reveal.isReady() ? resolve() : setTimeout(poll, 50)); poll(); });
  Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
  const settled = Promise.all([document.fonts.ready, ...[...document.images].map((i) => i.complete ? 0 : new Promise((r) => { i.addEventListener('load', r); i.addEventListener('error', r); }))]);
  await Promise.race([settled, new Promise((r) => setTimeout(r, 5000))]);
  const configured = Reveal.getConfig().height;
  const slideHeight = typeof configured === 'number' ? configured : parseFloat(configured) || 700;
  const lineHeight = (section) => {
    const cs = getComputedStyle(section.querySelector('p, li') || section);
    const lh = parseFloat(cs.lineHeight);
    return Number.isFinite(lh) ? lh : parseFloat(cs.fontSize) * 1.2;
  };
  const out = [];
  Reveal.getHorizontalSlides().forEach((column, h) => {
    const count = Math.max(1, column.querySelectorAll(':scope > section').length);
    for (let v = 0; v < count; v++) {
      Reveal.slide(h, v);
      const s = Reveal.getCurrentSlide();
      if (s) out.push({ h, v, contentHeight: s.scrollHeight, slideHeight, lineHeight: lineHeight(s) });
    }
  });
  return out;
})()`;

/**
 * Every slide of the exported deck `html`, measured in `browserPath` (see `withExportPage` for what it may load).
 * @example await measureSlides(exportHtml(text, opts).html, '/usr/bin/chromium') // [{ h: 0, v: 0, contentHeight: 512, slideHeight: 700, lineHeight: 52 }, …]
 */
export async function measureSlides(html: string, browserPath: string, options: PageOptions = {}): Promise<MeasuredSlide[]> {
  return withExportPage(html, browserPath, { ...options, viewport: LAYOUT_VIEWPORT }, async (page) => read(await page.evaluate(MEASURE)));
}

/**
 * The same in a browser that stays open for more decks (`scs-deck lint --layout` on a folder).
 * @example const b = await ExportBrowser.start('/usr/bin/chromium'); await measureSlidesIn(b, html1); await measureSlidesIn(b, html2); await b.close()
 */
export async function measureSlidesIn(browser: ExportBrowser, html: string): Promise<MeasuredSlide[]> {
  const page = await browser.open(html, { viewport: LAYOUT_VIEWPORT });
  return read(await page.evaluate(MEASURE));
}

function read(value: unknown): MeasuredSlide[] {
  return Array.isArray(value) ? (value as MeasuredSlide[]) : [];
}
