/**
 * `scsDeck/previewReport`: the preview tells what it measured of the slides it laid out; the measurements are kept
 * on the document's state by the slide's content hash (`Slide.hash`) and the document is linted again, so
 * `slide-overflow` reports them. A report counts only for the version the server holds, and each slide only when
 * its position and rendered hash match a frame the server sent a preview of this document: then it names exactly the
 * slide measured. Lines come from the current parse, never from the report. A later version keeps a slide's
 * measurement as long as its text is unchanged; a changed slide has none until the preview measures it again.
 */
import { overflowOf, type SlideMeasure, type SlideMeasures } from '../core/layout/slideMeasure';
import { PREVIEW_REPORT_NOTIFICATION, type PreviewReportParams, type PreviewSlideReport, type SlideLayoutDto } from '../protocol';
import type { ServerContext } from './context';
import type { DocumentState } from './documentState';

/** Per slide hash, the latest of each kind of measurement. */
export type PreviewReports = Map<string, { layout?: SlideLayoutDto }>;

/** Registers the notification; `relint` publishes the document's diagnostics again. */
export function registerPreviewReport(ctx: ServerContext, relint: (state: DocumentState) => void): void {
  ctx.connection.onNotification(PREVIEW_REPORT_NOTIFICATION, (params: PreviewReportParams) => {
    const state = typeof params?.uri === 'string' ? ctx.documents.get(params.uri) : undefined;
    if (!state || !ctx.isOpen(state) || params.version !== state.version || !Array.isArray(params.slides)) return;
    if (acceptReport(state, params.slides)) relint(state);
  });
}

/**
 * Keeps the report's measurements on the state.
 * Returns whether a finding changed, so typing in a slide that fits costs no extra lint.
 */
export function acceptReport(state: DocumentState, slides: readonly PreviewSlideReport[]): boolean {
  const deck = state.deck();
  const reports: PreviewReports = (state.previewReports ??= new Map());
  // Measurements of slides the deck no longer has are never read; drop them once they could outnumber the
  // deck's own (checking on every keystroke's report would cost a pass over a long deck each time).
  if (reports.size > 2 * deck.slides.length) {
    const current = new Set<string>();
    for (const slide of deck.slides) current.add(slide.hash);
    for (const hash of reports.keys()) if (!current.has(hash)) reports.delete(hash);
  }
  let changed = false;
  const frames = [...state.previewFrames.values()];
  for (const s of slides) {
    const slide = deck.columns[s?.h]?.[s?.v];
    // The position and the rendered hash must name the same slide in what a preview of this version was sent.
    if (!slide || !frames.some((f) => f.hashes[slide.index] === s.hash)) continue;
    const layout = validLayout(s.layout);
    if (!layout) continue;
    const before = reports.get(slide.hash)?.layout;
    reports.set(slide.hash, { ...reports.get(slide.hash), layout });
    if (finding(before) !== finding(layout)) changed = true;
  }
  return changed;
}

/** The measurements `slide-overflow` reads for the document (none before the preview reported). */
export function previewMeasures(state: DocumentState): SlideMeasures | undefined {
  const reports = state.previewReports;
  if (!reports || reports.size === 0) return undefined;
  return (slide) => reports.get(slide.hash)?.layout;
}

/** What `slide-overflow` would say about a measurement, as a comparable key. */
function finding(m: SlideMeasure | undefined): string {
  const o = m && overflowOf(m);
  return o ? `${o.px}|${o.lines}|${Math.round(m.slideHeight)}` : '';
}

function validLayout(l: SlideLayoutDto | undefined): SlideLayoutDto | undefined {
  if (!l || typeof l !== 'object') return undefined;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!ok(l.contentHeight) || !ok(l.slideHeight)) return undefined;
  return { contentHeight: l.contentHeight, slideHeight: l.slideHeight, lineHeight: ok(l.lineHeight) ? l.lineHeight : undefined };
}
