/**
 * HedgeDoc's math step of `finishView`: the `span.mathjax.raw` elements of what is shown lose `raw` and go to
 * MathJax in one Typeset call, then reveal.js lays the slide out again. A span typeset once is not typeset again;
 * fresh HTML (a patched slide) brings fresh `raw` spans.
 */

interface Hub {
  Queue(...calls: unknown[]): unknown;
}

declare global {
  interface Window {
    /** The configuration until MathJax starts, then MathJax itself. */
    MathJax?: { Hub?: Hub } & Record<string, unknown>;
  }
}

export const RAW_MATH = 'span.mathjax.raw';

/**
 * Queues the raw math inside `root` for MathJax, `after` once it is drawn. Returns false when there is none.
 * MathJax must be loaded (its `Hub.Queue` waits for its own start-up).
 */
export function typesetMath(root: ParentNode, after: () => void): boolean {
  const hub = window.MathJax?.Hub;
  const spans = Array.from(root.querySelectorAll<HTMLElement>(RAW_MATH));
  if (!hub || spans.length === 0) return false;
  for (const span of spans) span.classList.remove('raw');
  hub.Queue(['Typeset', hub, spans.length > 1 ? spans : spans[0]]);
  hub.Queue(after);
  return true;
}
