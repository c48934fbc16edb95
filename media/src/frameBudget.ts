/**
 * How much work to do before giving the page back: a long job (measuring 10,000 slides) runs in slices sized
 * to a time budget, from how long the last slice took, so each slice takes about `budgetMs` however costly an
 * item is on this machine. In VS Code's browser build the webview shares the editor's main thread: a slice of
 * 60 ms is a keystroke held back 60 ms.
 *
 * @example nextSliceSize(200, 56) // 28: 200 items took 56 ms, so 28 fit in 8 ms
 */
export const SLICE_BUDGET_MS = 8;
const MIN_SLICE = 10;
const MAX_SLICE = 400;

export function nextSliceSize(size: number, tookMs: number, budgetMs = SLICE_BUDGET_MS): number {
  // A slice that took no measurable time at most doubles the next one: timer resolution is coarse.
  const fit = tookMs > 0 ? Math.floor((size * budgetMs) / tookMs) : size * 2;
  return Math.max(MIN_SLICE, Math.min(MAX_SLICE, size * 2, fit));
}
