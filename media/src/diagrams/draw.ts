/**
 * Draws a slide's diagram fences the way HedgeDoc 1.12's slide page does (its `finishView`), shared by the preview
 * webview and the HTML export. The fence renderer leaves `<pre><code><div class="<kind> raw">source</div></code></pre>`;
 * a drawn diagram becomes `<pre class="<kind>"><svg…></pre>`, a broken one keeps its source and gets HedgeDoc's
 * `alert alert-warning` box (sequence, flow, mermaid; graphviz and abc errors show just the source, as there).
 * The `raw` class marks what is still to draw, so a slide is drawn once, and again only when its HTML is replaced.
 */
import { DIAGRAM_KINDS, type DiagramKind, type DiagramKindInfo } from '../../../server/src/core/data/diagrams';
import { scrubLinks } from './scrubLinks';

/** Makes the scripts of a diagram kind available; `ready` says whether they already are. */
export interface DiagramLibraries {
  ready(kind: DiagramKindInfo): boolean;
  load(kind: DiagramKindInfo): Promise<void>;
}

interface Globals {
  Diagram?: { parse(text: string): { drawSVG(el: Element, options: object): void } };
  flowchart?: { parse(text: string): { drawSVG(el: Element, options: object): void } };
  Viz?: (text: string) => string;
  mermaid?: {
    startOnLoad: boolean;
    initialize(config: object): void;
    init(config: undefined, node: Element): void;
    mermaidAPI: { parse(text: string): unknown };
  };
  ABCJS?: { renderAbc(el: Element, text: string): unknown };
}
const globals = globalThis as unknown as Globals;

/** HedgeDoc's drawing options for flowchart.js. */
const FLOW_OPTIONS = { 'line-width': 2, fill: 'none', 'font-size': '16px', 'font-family': "'Andale Mono', monospace" };

/**
 * Draws what `scope` (a slide) still has to draw: sequence and flow first, then `layout()` (reveal.js), then
 * graphviz, mermaid and abc, which HedgeDoc draws after its layout. Resolves when all are drawn. `atFullSize`
 * runs the drawing with the slides unscaled (the libraries measure text on screen).
 */
export async function drawDiagrams(scope: Element, libraries: DiagramLibraries, layout: () => void, atFullSize: (draw: () => void) => void = (d) => d()): Promise<void> {
  const found = DIAGRAM_KINDS.map((kind) => ({ kind, elements: takeRaw(scope, kind) })).filter((f) => f.elements.length > 0);
  if (found.length === 0) return;
  const now = found.filter((f) => !f.kind.drawnLater);
  const later = found.filter((f) => f.kind.drawnLater);
  for (const f of now) if (!libraries.ready(f.kind)) await libraries.load(f.kind);
  atFullSize(() => {
    for (const f of now) for (const el of f.elements) draw(f.kind.kind, el);
  });
  layout();
  for (const f of later) {
    if (!libraries.ready(f.kind)) await libraries.load(f.kind);
    else await Promise.resolve();
    if (f.kind.measuresInBody) await bodyFontLoaded();
    atFullSize(() => {
      for (const el of f.elements) draw(f.kind.kind, el);
    });
  }
}

/** The page's body font, once loaded (a font loads only when first used, which a measuring helper is too late for). */
function bodyFontLoaded(): Promise<unknown> {
  const family = getComputedStyle(document.body).fontFamily;
  return document.fonts.load(`16px ${family}`).catch(() => undefined);
}

/** Whether `scope` has diagrams still to draw. */
export function hasRawDiagrams(scope: Element): boolean {
  return DIAGRAM_KINDS.some((k) => scope.querySelector(`div.${k.className}.raw`) !== null);
}

/** Like HedgeDoc: every element of the kind loses `raw` before any is drawn. */
function takeRaw(scope: Element, kind: DiagramKindInfo): HTMLElement[] {
  const elements = Array.from(scope.querySelectorAll<HTMLElement>(`div.${kind.className}.raw`));
  for (const el of elements) el.classList.remove('raw');
  return elements;
}

function draw(kind: DiagramKind, el: HTMLElement): void {
  switch (kind) {
    case 'sequence': return drawOrWarn(el, () => drawSequence(el));
    case 'flow': return drawOrWarn(el, () => drawFlow(el));
    case 'graphviz': return drawQuietly(() => drawGraphviz(el));
    case 'mermaid': return drawMermaid(el);
    case 'abc': return drawQuietly(() => drawAbc(el));
  }
}

function drawSequence(el: HTMLElement): void {
  const diagram = library(globals.Diagram).parse(el.textContent ?? '');
  el.replaceChildren();
  diagram.drawSVG(el, { theme: 'simple' });
  finish(el, 'sequence-diagram', true);
}

function drawFlow(el: HTMLElement): void {
  const chart = library(globals.flowchart).parse(el.textContent ?? '');
  el.replaceChildren();
  chart.drawSVG(el, FLOW_OPTIONS);
  finish(el, 'flow-chart', false);
}

function drawGraphviz(el: HTMLElement): void {
  const svg = library(globals.Viz)(el.textContent ?? '');
  if (!svg) throw new Error('viz.js output empty graph');
  // Graphviz's own SVG text (it escapes the labels); links in it are checked below.
  el.innerHTML = svg;
  finish(el, 'graphviz', false);
}

function drawAbc(el: HTMLElement): void {
  library(globals.ABCJS).renderAbc(el, el.textContent ?? '');
  finish(el, 'abc', true);
}

/** HedgeDoc checks the source with mermaid's parser first and shows the parser's message (`err.str`). */
function drawMermaid(el: HTMLElement): void {
  const pre = el.closest('pre');
  const mermaid = globals.mermaid;
  try {
    if (!mermaid || !pre) throw new Error('mermaid is not loaded');
    const text = el.textContent ?? '';
    mermaid.mermaidAPI.parse(text);
    pre.classList.add('mermaid');
    pre.textContent = text;
    mermaid.init(undefined, pre);
    scrubLinks(pre);
  } catch (err) {
    const str = (err as { str?: unknown } | undefined)?.str;
    warn(el, typeof str === 'string' ? str : String(err));
  }
}

/** sequence and flow: a failure leaves the source and adds the warning box. */
function drawOrWarn(el: HTMLElement, run: () => void): void {
  try {
    run();
  } catch (err) {
    warn(el, String(err));
  }
}

/** graphviz and abc: HedgeDoc's box never shows for them (their error escapes its handler): the source stays. */
function drawQuietly(run: () => void): void {
  try {
    run();
  } catch (err) {
    console.warn(err);
  }
}

/** The drawing replaces `<code><div>`; the `pre` takes the kind's class (HedgeDoc's CSS centres it). */
function finish(el: HTMLElement, className: string, fitSvg: boolean): void {
  const code = el.parentElement;
  const pre = code?.parentElement;
  if (!code || !pre) return;
  pre.classList.add(className);
  // HedgeDoc unwraps the drawing's elements twice: out of the div, then out of the code element.
  if (el.firstElementChild) {
    unwrap(el);
    unwrap(code);
  }
  scrubLinks(pre);
  const svg = Array.from(pre.children).find((c) => c.tagName.toLowerCase() === 'svg');
  if (fitSvg && svg) {
    svg.setAttribute('viewBox', `0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  }
}

/** HedgeDoc's box: the source stays (its `code` wrapper goes), the message follows in the same `pre`. */
function warn(el: HTMLElement, message: string): void {
  console.warn(message);
  const code = el.parentElement;
  if (!code || code.tagName !== 'CODE') return;
  unwrap(code);
  const box = document.createElement('div');
  box.className = 'alert alert-warning';
  box.textContent = message;
  el.parentElement?.appendChild(box);
}

/** Replaces `el` by its children. */
function unwrap(el: HTMLElement): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function library<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('diagram library is not loaded');
  return value;
}
