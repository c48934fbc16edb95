/**
 * The preview webview's script: mounts the slides the extension sends, drives reveal.js, reports slide
 * moves, and keeps its state across hide/show and reloads with `setState`. It never splits slides or
 * renders Markdown: the language server does, once per document version.
 */
import type { DeckFrame, RenderedSlideDto } from '../../server/src/protocol';
import type { FromWebview, PreviewState, SlidePosition, ToWebview } from '../../client/src/preview/messages';
import { clampPosition, planPatch, type Shown } from '../../client/src/preview/patchPlan';
import { applyFrameChange } from '../../server/src/frameChange';
import { drawDiagrams, hasRawDiagrams } from './diagrams/draw';
import { scriptLibraries } from './diagrams/scriptLibraries';
import { PreviewMath } from './mathjax/previewMath';
import { NotesPanel } from './notes';
import type { Reveal3 } from './reveal3';
import { SlideMeasurer } from './slideMeasure';
import { applyStyles, hasNewBackground, markCursor, needsLayout, patch, rebuild } from './slidesDom';

declare const Reveal: Reveal3;
declare function acquireVsCodeApi(): { postMessage(msg: FromWebview): void; getState(): unknown; setState(s: PreviewState): void };

const vscode = acquireVsCodeApi();
const $ = (id: string) => document.getElementById(id) as HTMLElement;
const slidesEl = document.querySelector('.reveal .slides') as HTMLElement;
const mediaBase = document.body.dataset.mediaBase ?? '';
/** Our script's nonce: the scripts it adds later (diagram libraries, MathJax) must carry it to run. */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const diagramLibraries = scriptLibraries(mediaBase, nonce);
const notes = new NotesPanel($('scs-notes'), $('scs-notes-body'), $('scs-timer'), $('scs-notes-toggle'));
const math = new PreviewMath(mediaBase, nonce, () => (revealReady ? Reveal.getCurrentSlide() : undefined), () => {
  if (revealReady) Reveal.layout();
});

let state: PreviewState | undefined = vscode.getState() as PreviewState | undefined;
const table = new Map<string, RenderedSlideDto>();
let shown: (Shown & { version: number }) | undefined;
/** The frame of the last render applied, which the next one may come as a change to. */
let held: { seq: number; frame: DeckFrame } | undefined;
let askedForAll = false;
let revealReady = false;
let optionsKey = '';
/** Set while we move reveal ourselves, so the resulting event is tagged as not the reader's move. */
let applying = false;
let pendingGoto: SlidePosition | undefined;
let cursor: SlidePosition | undefined;
const measurer = new SlideMeasurer({
  container: slidesEl,
  ready: () => revealReady,
  version: () => shown?.version ?? -1,
  slideHeight: () => {
    const height = Reveal.getConfig().height;
    return typeof height === 'number' ? height : parseFloat(String(height)) || 700;
  },
  report: (version, slides) => post({ type: 'measured', version, slides }),
});

function post(msg: FromWebview): void {
  vscode.postMessage(msg);
}

function saveState(patchState: Partial<PreviewState>): void {
  if (!state && !patchState.uri) return;
  state = { ...(state as PreviewState), ...patchState };
  vscode.setState(state);
}

/** HedgeDoc's options, minus what makes no sense in an editor pane (URL hash, history). */
function revealOptions(frame: DeckFrame): Record<string, unknown> {
  const { theme: _theme, ...rest } = frame.revealOptions;
  return {
    ...rest,
    rtl: frame.rtl,
    hash: false,
    history: false,
    fragmentInURL: false,
    // N toggles the notes panel here (reveal's N is "next", which Space and arrows still do). F1 is the
    // editor's command palette: reveal.js would open its keyboard-help overlay over the slide as well.
    keyboard: { 78: () => toggleNotes(), 112: () => undefined },
    ...(frame.parallax ? { parallaxBackgroundImage: frame.parallax.image, parallaxBackgroundSize: frame.parallax.size ?? '' } : {}),
  };
}

/** Applies the deck-wide settings; says whether the layout of every slide may have changed, and what to wait for. */
function applyFrame(frame: DeckFrame): { changed: boolean; settle?: Promise<unknown> } {
  const theme = /^[a-z-]+$/.test(frame.theme) ? frame.theme : 'black';
  const link = $('scs-theme') as HTMLLinkElement;
  const href = `${mediaBase}/reveal/theme/${theme}.css`;
  let settle: Promise<unknown> | undefined;
  if (link.getAttribute('href') !== href) {
    settle = new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    });
    link.setAttribute('href', href);
  }
  const styled = applyStyles($('scs-deck-styles'), frame.styles);
  const reveal = document.querySelector('.reveal') as HTMLElement;
  if (frame.lang) reveal.setAttribute('lang', frame.lang);
  else reveal.removeAttribute('lang');
  document.title = frame.title;
  return { changed: !!settle || styled, settle };
}

function onRender(msg: Extract<ToWebview, { type: 'render' }>): void {
  if (shown && msg.version < shown.version) return; // an answer for an older document version
  const received = Date.now();
  const t0 = performance.now();
  const frame = msg.frame ?? (msg.change && held && held.seq === msg.base ? applyFrameChange(held.frame, msg.change) : undefined);
  for (const s of msg.slides) table.set(s.hash, s);
  if (!frame || frame.hashes.some((hash) => !table.has(hash))) {
    // The extension thought we held a frame or slides we do not (a restart raced a render): ask for everything,
    // once until a whole frame comes.
    table.clear();
    shown = undefined;
    held = undefined;
    if (msg.frame || !askedForAll) post({ type: 'ready' });
    askedForAll = true;
    return;
  }
  askedForAll = false;
  held = { seq: msg.seq, frame };
  const plan = planPatch(shown, frame);
  const before = revealReady ? indices() : state?.position ?? { h: 0, v: 0, f: -1 };
  let touched: HTMLElement[] = [];
  if (plan.kind === 'rebuild') rebuild(slidesEl, frame, table);
  else touched = patch(slidesEl, plan.changed, table);
  const keep = new Set(frame.hashes);
  for (const hash of table.keys()) if (!keep.has(hash)) table.delete(hash);
  shown = { hashes: frame.hashes, columns: frame.columns, version: msg.version };
  const deckWide = applyFrame(frame);
  const options = revealOptions(frame);
  if (!revealReady) startReveal(options, before);
  else if (plan.kind === 'rebuild' || JSON.stringify(options) !== optionsKey) {
    refresh(options, before);
    measurer.schedule(undefined, deckWide.settle);
  } else {
    if (touched.length > 0) refreshSlides(touched);
    measurer.schedule(deckWide.changed ? undefined : touched, deckWide.settle);
  }
  optionsKey = JSON.stringify(options);
  if (cursor) markCursor(slidesEl, cursor.h, cursor.v);
  drawShownDiagrams();
  math.update(plan.kind === 'rebuild' ? [slidesEl] : touched);
  const ms = performance.now() - t0;
  document.body.dataset.scsVersion = String(msg.version);
  document.body.dataset.scsPatchMs = ms.toFixed(1);
  if (msg.timing) document.body.dataset.scsTiming = JSON.stringify({ ...msg.timing, receivedAt: received, patchedAt: Date.now() });
  post({ type: 'rendered', version: msg.version, patched: plan.kind === 'rebuild' ? -1 : plan.changed.length, ms });
}

/**
 * Draws the diagrams of the slide on screen, as HedgeDoc draws a slide when it is shown. A slide drawn before
 * keeps its drawing; a patched slide arrives with fresh fence markup and is drawn again.
 */
function drawShownDiagrams(): void {
  if (!revealReady) return;
  const slide = Reveal.getCurrentSlide();
  if (!slide || !hasRawDiagrams(slide)) return;
  drawDiagrams(slide, diagramLibraries, () => Reveal.layout(), atFullSize).catch((err: unknown) => console.warn(err));
}

/**
 * Mermaid sizes its boxes from the labels' on-screen size, which reveal's scaling of the slides to the pane
 * shrinks (HedgeDoc's full window hardly scales): draw at scale 1, then put reveal's scaling back before paint.
 */
function atFullSize(draw: () => void): void {
  const { transform, zoom } = slidesEl.style;
  slidesEl.style.transform = 'none';
  slidesEl.style.zoom = '';
  try {
    draw();
  } finally {
    slidesEl.style.transform = transform;
    slidesEl.style.zoom = zoom;
  }
}

/** reveal.js's indices as a message carries them (its object may carry more). */
function indices(): SlidePosition {
  const { h, v, f } = Reveal.getIndices();
  return { h, v, f };
}

function startReveal(options: Record<string, unknown>, at: SlidePosition): void {
  $('scs-message').hidden = true;
  Reveal.addEventListener('ready', () => {
    revealReady = true;
    const target = pendingGoto ?? at;
    pendingGoto = undefined;
    moveTo(target);
    notes.update(Reveal.getCurrentSlide());
    document.body.dataset.scsReady = 'true';
    drawShownDiagrams();
    measurer.schedule();
    math.update();
  });
  Reveal.addEventListener('slidechanged', () => {
    reportMove();
    drawShownDiagrams();
    math.update();
  });
  Reveal.addEventListener('fragmentshown', () => reportMove());
  Reveal.addEventListener('fragmenthidden', () => reportMove());
  Reveal.initialize({ ...options, embedded: false });
}

/** New content or options: let reveal re-read the DOM and stay on the same slide and fragment. */
function refresh(options: Record<string, unknown>, at: SlidePosition): void {
  $('scs-message').hidden = true;
  applying = true;
  try {
    if (JSON.stringify(options) !== optionsKey) Reveal.configure(options);
    Reveal.sync();
    const pos = shown ? clampPosition(shown.columns, at) : at;
    Reveal.slide(pos.h, pos.v, at.f);
  } finally {
    applying = false;
  }
  notes.update(Reveal.getCurrentSlide());
}

/** Content of a few slides changed in place: reveal re-reads just those (backgrounds, fragments). */
function refreshSlides(sections: HTMLElement[]): void {
  applying = true;
  try {
    for (const section of sections) {
      // syncSlide also restyles every slide's background (slow on a long deck): only for a changed background.
      if (hasNewBackground(section)) {
        Reveal.syncSlide(section);
        continue;
      }
      Reveal.syncFragments(section);
      // reveal loads media only on the slides near the current one, which it shows.
      if (section.style.display !== 'none') Reveal.loadSlide(section);
    }
    // Let reveal place a shown slide again when the patch may have moved it (`needsLayout`).
    if (sections.some(needsLayout)) layoutKeepingProgress();
  } finally {
    applying = false;
  }
  notes.update(Reveal.getCurrentSlide());
}

/**
 * reveal.js's layout without its progress bar, which counts every slide of the deck (half of a keystroke's patch
 * on a 10,000-slide deck). A patch changes no slide count or position, so the bar is right as it is.
 */
function layoutKeepingProgress(): void {
  const config = Reveal.getConfig();
  const progress = config.progress;
  config.progress = false;
  try {
    Reveal.layout();
  } finally {
    config.progress = progress;
  }
}

function moveTo(pos: SlidePosition): void {
  if (!shown) return;
  const at = clampPosition(shown.columns, pos);
  applying = true;
  try {
    Reveal.slide(at.h, at.v, pos.f);
  } finally {
    applying = false;
  }
  saveState({ position: indices() });
  notes.update(Reveal.getCurrentSlide());
}

function reportMove(): void {
  const position = indices();
  saveState({ position });
  notes.update(Reveal.getCurrentSlide());
  post({ type: 'slide', position, origin: applying ? 'editor' : 'preview' });
}

function onGoto(position: SlidePosition): void {
  if (!revealReady) {
    pendingGoto = position;
    return;
  }
  const now = indices();
  if (now.h !== position.h || now.v !== position.v) moveTo(position);
}

function setLocked(locked: boolean): void {
  const button = $('scs-lock');
  button.textContent = locked ? 'Locked' : 'Following';
  button.title = locked ? 'Locked: the preview does not follow the editor (click to follow)' : 'Following the editor cursor (click to lock)';
  button.setAttribute('aria-pressed', String(locked));
  document.body.classList.toggle('scs-locked', locked);
  saveState({ locked });
}

function toggleNotes(show = !notes.visible): void {
  notes.show(show);
  if (revealReady) notes.update(Reveal.getCurrentSlide());
  saveState({ notes: show });
  if (revealReady) Reveal.layout();
}

function showMessage(text: string): void {
  const box = $('scs-message');
  box.textContent = text;
  box.hidden = false;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'init':
      state = { ...msg.state, position: state?.uri === msg.state.uri ? state.position ?? msg.state.position : msg.state.position, notes: state?.notes ?? msg.state.notes };
      vscode.setState(state);
      setLocked(!!msg.state.locked);
      if (state.notes) toggleNotes(true);
      $('scs-stop-present').hidden = !msg.state.presenting;
      break;
    case 'render':
      onRender(msg);
      break;
    case 'goto':
      onGoto(msg.position);
      break;
    case 'cursor':
      cursor = msg.position;
      markCursor(slidesEl, cursor.h, cursor.v);
      break;
    case 'lock':
      setLocked(msg.locked);
      break;
    case 'notes':
      toggleNotes(msg.show);
      break;
    case 'present':
      (document.querySelector('.reveal') as HTMLElement).focus();
      notes.restart();
      if (msg.notes) toggleNotes(true);
      $('scs-stop-present').hidden = false;
      break;
    case 'presentEnded':
      $('scs-stop-present').hidden = true;
      break;
    case 'message':
      showMessage(msg.text);
      break;
  }
});

$('scs-lock').addEventListener('click', () => post({ type: 'toggleLock' }));
$('scs-notes-toggle').addEventListener('click', () => toggleNotes());
$('scs-timer-reset').addEventListener('click', () => notes.restart());
$('scs-stop-present').addEventListener('click', () => post({ type: 'stopPresenting' }));
if (state?.locked !== undefined) setLocked(state.locked);
post({ type: 'ready' });

