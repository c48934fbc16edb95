/**
 * Measures the slides the preview has laid out, the way the HedgeDoc oracle measures HedgeDoc's slide view: a
 * slide section's `scrollHeight` against reveal.js's configured `height`, both in the unscaled slide's CSS pixels.
 * Only the slides a render changed are measured (all of them after a rebuild, a theme, style or options change),
 * once their images and fonts settled, in slices of reads sized to a time budget; the result goes to the language
 * server as `scsDeck/previewReport` (through the extension), which reports `slide-overflow`.
 */
import type { PreviewSlideReport } from '../../server/src/protocol';
import { slidePosition, slidePositions } from './slidesDom';
import { nextSliceSize } from './frameBudget';

/** Sections in the first slice of a run; later slices are sized to the time budget (see frameBudget.ts). */
const FIRST_SLICE = 50;
/** From this many sections, their places in the deck come from one walk of it, not one lookup each. */
const WALK_FROM = 200;
/** How often a long measuring run sends what it has so far. */
const REPORT_EVERY_MS = 500;
/** How long an image may take to load before the slide is measured without it. */
const IMAGE_WAIT_MS = 3000;

export interface MeasureHost {
  readonly container: HTMLElement;
  /** Whether reveal.js has laid the slides out (nothing is measured before). */
  ready(): boolean;
  /** The document version the DOM shows now. */
  version(): number;
  /** reveal.js's configured slide height. */
  slideHeight(): number;
  report(version: number, slides: PreviewSlideReport[]): void;
}

export class SlideMeasurer {
  private readonly pending = new Set<HTMLElement>();
  private all = false;
  private waiting: Promise<unknown>[] = [];
  private running = false;

  constructor(private readonly host: MeasureHost) {}

  /** These sections changed (none given: every slide may have); `settle` is something else to wait for (a theme). */
  schedule(sections?: readonly HTMLElement[], settle?: Promise<unknown>): void {
    if (!sections) this.all = true;
    else for (const s of sections) this.pending.add(s);
    if (settle) this.waiting.push(settle);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      // Let the patch land first, and everything asked for meanwhile join this run.
      await nextFrame();
      while (this.all || this.pending.size > 0) {
        if (!this.host.ready()) return;
        const sections = this.all ? allSlides(this.host.container) : [...this.pending].filter((s) => s.isConnected);
        this.all = false;
        this.pending.clear();
        const waiting = this.waiting;
        this.waiting = [];
        await settled(sections, waiting);
        // A render that came meanwhile re-scheduled what it changed; what is measured is the DOM of now. One report
        // per version measured, or per half second of measuring on a long deck (10,000 slides take seconds): a report per
        // slice made the server re-lint for each, one at the very end left it seconds without any finding.
        let measured: PreviewSlideReport[] = [];
        let version = this.host.version();
        let reportedAt = performance.now();
        let positions: { version: number; of: Map<HTMLElement, { h: number; v: number }> } | undefined;
        let size = FIRST_SLICE;
        for (let i = 0; i < sections.length;) {
          if (this.host.version() !== version) {
            if (measured.length) this.host.report(version, measured);
            measured = [];
            version = this.host.version();
          }
          const slice = sections.slice(i, i + size).filter((s) => s.isConnected);
          // Many sections: their indices from one walk of the deck, taken again when the DOM changed meanwhile.
          if (sections.length > WALK_FROM && (!positions || positions.version !== version)) positions = { version, of: slidePositions(this.host.container) };
          const t0 = performance.now();
          measured.push(...this.measure(slice, positions?.of));
          const took = performance.now() - t0;
          // For measurements of the preview's cost, as `scsPatchMs` is.
          document.body.dataset.scsMeasureMs = `${slice.length}:${took.toFixed(1)}`;
          i += size;
          const more = i < sections.length;
          size = nextSliceSize(size, took);
          if (performance.now() - reportedAt >= REPORT_EVERY_MS && more) {
            this.host.report(version, measured);
            measured = [];
            reportedAt = performance.now();
          }
          if (more) await yieldToPage();
        }
        if (measured.length) this.host.report(version, measured);
      }
      // For tests and measurements: everything asked for so far is measured and reported.
      document.body.dataset.scsMeasuredVersion = String(this.host.version());
    } finally {
      this.running = false;
    }
  }

  /** One slice: show the hidden sections, read every height at once, hide them again. */
  private measure(sections: HTMLElement[], positions?: Map<HTMLElement, { h: number; v: number }>): PreviewSlideReport[] {
    const container = this.host.container;
    const shown: [HTMLElement, string][] = [];
    // reveal.js hides slides beyond its view distance (`display: none`), and such a slide has no height.
    for (const s of sections) {
      for (const el of s.parentElement === container ? [s] : [s.parentElement as HTMLElement, s]) {
        if (el.style.display === 'block') continue;
        shown.push([el, el.style.display]);
        el.style.display = 'block';
      }
    }
    const slideHeight = this.host.slideHeight();
    // reveal.js zooms the slides up in a large pane; heights there come out zoomed, and `.slides` is `height` tall.
    const own = container.offsetHeight;
    const factor = own > 0 && Math.abs(own - slideHeight) > 0.5 ? slideHeight / own : 1;
    const out: PreviewSlideReport[] = [];
    for (const s of sections) {
      const at = positions?.get(s) ?? slidePosition(container, s);
      const hash = s.dataset.scsHash;
      if (!at || !hash) continue;
      out.push({ ...at, hash, layout: { contentHeight: s.scrollHeight * factor, slideHeight, lineHeight: lineHeight(s) } });
    }
    for (const [el, display] of shown) el.style.display = display;
    return out;
  }
}

/** Every slide's own section (stacks' inner ones, not the stacks). */
function allSlides(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(':scope > section[data-scs-index], :scope > section > section[data-scs-index]'));
}

/** The line height of the slide's first paragraph or list item (its own without one), for "about n lines". */
function lineHeight(section: HTMLElement): number {
  const cs = getComputedStyle(section.querySelector('p, li') ?? section);
  const lh = parseFloat(cs.lineHeight);
  return Number.isFinite(lh) ? lh : parseFloat(cs.fontSize) * 1.2;
}

/** Fonts, the sections' images (at most a few seconds) and whatever else was asked for. */
async function settled(sections: HTMLElement[], waiting: Promise<unknown>[]): Promise<void> {
  const images = sections.flatMap((s) => Array.from(s.querySelectorAll('img'))).filter((i) => !i.complete);
  const loads = images.map((i) => new Promise((resolve) => {
    i.addEventListener('load', resolve, { once: true });
    i.addEventListener('error', resolve, { once: true });
  }));
  await Promise.race([Promise.all([document.fonts.ready, ...loads, ...waiting.map((w) => w.catch(() => undefined))]), delay(IMAGE_WAIT_MS)]);
  await nextFrame();
}

/**
 * Lets the page run whatever waits (a keystroke's message, a frame) and then goes on at once: waiting for a frame
 * per slice left the thread idle most of each frame, and measuring 10,000 slides took half as long again.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
