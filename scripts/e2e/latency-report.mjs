// p50/p95 of the latency samples the extension tests record in the real editor, against the targets.

/** Targets in ms beyond any configured debounce (the suite reports the debounce each metric includes). */
export const TARGETS = {
  'activation': 150,
  'keystroke-to-diagnostics': 50,
  'keystroke-to-preview': 150,
};

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/**
 * { metric: { n, p50, p95, max, debounceMs, p95BeyondDebounce, targetP95, ok, samples } }. Samples are
 * wall-clock times from the keystroke; the debounce is subtracted only for the verdict.
 */
export function latencyReport(samples = {}, debounce = {}) {
  const out = {};
  for (const [metric, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    const target = TARGETS[metric] ?? null;
    const p95 = percentile(sorted, 95);
    const debounceMs = debounce[metric] ?? 0;
    const beyond = p95 === null ? null : Math.max(0, Math.round((p95 - debounceMs) * 10) / 10);
    out[metric] = { n: sorted.length, p50: percentile(sorted, 50), p95, max: sorted.at(-1) ?? null, debounceMs,
      p95BeyondDebounce: beyond, targetP95: target, ok: target === null || beyond === null ? null : beyond <= target, samples: values };
  }
  return out;
}

export function printLatency(report) {
  const rows = Object.entries(report);
  if (!rows.length) return;
  console.log('[e2e] latency in the real editor (ms, from the keystroke or the activate() call):');
  const width = Math.max(...rows.map(([m]) => m.length));
  for (const [metric, r] of rows) {
    const verdict = r.ok === null ? '' : r.ok ? '  ok' : '  OVER TARGET';
    const debounce = r.debounceMs ? `  debounce ${r.debounceMs}, p95 beyond it ${r.p95BeyondDebounce}` : '';
    console.log(`[e2e]   ${metric.padEnd(width)} n=${String(r.n).padStart(3)}  p50=${String(r.p50).padStart(7)}  p95=${String(r.p95).padStart(7)}  max=${String(r.max).padStart(7)}${debounce}  target p95 <= ${r.targetP95}${verdict}`);
  }
}
