/**
 * The diagram fences HedgeDoc 1.12 draws, the element class its fence renderer gives each, and the scripts that
 * draw it (`dist/media/diagrams/<name>.js`, built by `scripts/build.mjs` at HedgeDoc's library versions: mermaid
 * 9.1.7, viz.js 1.8.2, js-sequence-diagrams 2.0.1 and flowchart.js 1.18 on Raphael 2.3, abcjs 6.7.0). The fence
 * renderer, the export (which scripts to inline), the webview (which to load) and `diagram-syntax` read it.
 */

export type DiagramKind = 'sequence' | 'flow' | 'graphviz' | 'mermaid' | 'abc';

export interface DiagramKindInfo {
  /** The fence language. */
  readonly kind: DiagramKind;
  /** The class of the `div` HedgeDoc's fence renderer writes (and of the `pre` once drawn). */
  readonly className: string;
  /** Scripts in `dist/media/diagrams/`, in load order. */
  readonly scripts: readonly string[];
  /**
   * HedgeDoc draws it in the same pass that lays the slide out (sequence, flow), or after that layout, once its
   * library chunk loaded (graphviz, mermaid, abc): the slide is then not laid out again.
   */
  readonly drawnLater: boolean;
  /** Its library measures labels in helpers on the page's body, so the body font must be loaded first (mermaid). */
  readonly measuresInBody?: boolean;
}

export const DIAGRAM_KINDS: readonly DiagramKindInfo[] = [
  { kind: 'sequence', className: 'sequence-diagram', scripts: ['raphael', 'sequence'], drawnLater: false },
  { kind: 'flow', className: 'flow-chart', scripts: ['raphael', 'flowchart'], drawnLater: false },
  { kind: 'graphviz', className: 'graphviz', scripts: ['viz'], drawnLater: true },
  { kind: 'mermaid', className: 'mermaid', scripts: ['mermaid'], drawnLater: true, measuresInBody: true },
  { kind: 'abc', className: 'abc', scripts: ['abcjs'], drawnLater: true },
];

const BY_LANGUAGE = new Map(DIAGRAM_KINDS.map((k) => [k.kind as string, k]));

/**
 * Whether a slide's text may hold a diagram fence: an opening fence with a diagram's name, or an entity or escape
 * that could spell one (markdown-it unescapes the info string), on its line. A superset, so a slide without it
 * needs no markdown-it pass to know it has none.
 */
export const MAY_HOLD_DIAGRAM = new RegExp(`(?:\`{3,}|~{3,})[^\n]*?(?:${DIAGRAM_KINDS.map((k) => k.kind).join('|')}|&|\\\\)`);

/** The diagram a fence language names, if any (the info string's first word, exactly). */
export function diagramKind(language: string): DiagramKindInfo | undefined {
  return BY_LANGUAGE.get(language);
}

/** The element the fence renderer writes for a diagram: drawn later, it keeps HedgeDoc's `raw` marker until then. */
export function diagramMarkup(info: DiagramKindInfo, escapedSource: string): string {
  return `<div class="${info.className} raw">${escapedSource}</div>`;
}

/**
 * The kinds rendered slide HTML holds diagrams of (their fence markup), in `DIAGRAM_KINDS` order.
 * @example diagramKindsIn(['<pre><code class="mermaid hljs"><div class="mermaid raw">…']) // [mermaid's info]
 */
export function diagramKindsIn(htmls: Iterable<string>): DiagramKindInfo[] {
  const found = new Set<DiagramKindInfo>();
  for (const html of htmls) {
    if (html.indexOf(' raw">') === -1) continue;
    for (const k of DIAGRAM_KINDS) if (html.includes(`<div class="${k.className} raw">`)) found.add(k);
  }
  return DIAGRAM_KINDS.filter((k) => found.has(k));
}

/** The scripts `kinds` need, each once, in load order. */
export function diagramScripts(kinds: readonly DiagramKindInfo[]): string[] {
  return [...new Set(kinds.flatMap((k) => k.scripts))];
}
