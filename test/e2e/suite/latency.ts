/**
 * Latency samples gathered while the suite runs in the real editor; `index.ts` writes them out for
 * `npm run bench:e2e`, which prints p50/p95 against the targets.
 *
 * Example: `recordLatency('keystroke-to-diagnostics', 12.5)`
 */
// Each test file is its own bundle, so the samples live on the global object, not in a module.
const holder = globalThis as { __scsDeckLatency?: Record<string, number[]> };
export const latencySamples: Record<string, number[]> = (holder.__scsDeckLatency ??= {});

const debounceHolder = globalThis as { __scsDeckDebounce?: Record<string, number> };
/** The debounce each metric includes, so the report can show the time beyond it. */
export const latencyDebounce: Record<string, number> = (debounceHolder.__scsDeckDebounce ??= {});

export function recordDebounce(metric: string, ms: number): void {
  latencyDebounce[metric] = ms;
}

export function recordLatency(metric: string, ms: number): void {
  (latencySamples[metric] ??= []).push(Math.round(ms * 10) / 10);
}

/** How many timed edits each latency test makes (more in `npm run bench:e2e`). */
export function latencyRounds(): number {
  const n = Number(process.env.SCS_E2E_LATENCY_ROUNDS);
  return Number.isFinite(n) && n > 0 ? n : 12;
}

const figureHolder = globalThis as { __scsDeckFigures?: Record<string, Figure> };
/** Single measured figures (traffic of a keystroke, CPU of a typing burst) that `npm run bench:e2e` prints. */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  /** The limit the figure must stay within, if any. */
  readonly limit?: number;
  readonly detail?: string;
}
export const figures: Record<string, Figure> = (figureHolder.__scsDeckFigures ??= {});

export function recordFigure(name: string, figure: Figure): void {
  figures[name] = figure;
}
